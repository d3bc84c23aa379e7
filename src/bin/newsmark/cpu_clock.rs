//! CPU time for the benchmarks. On a shared machine wall time counts other
//! processes' turns; the thread's own CPU time does not.

/// This thread's CPU time so far in seconds (Linux schedstat, nanosecond
/// resolution); `None` where it cannot be read.
pub fn thread_cpu_secs() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(nanos / 1e9)
}
