//! CPU time for the benchmarks. On a shared machine wall time counts other
//! processes' turns; the thread's own CPU time does not.

/// `struct timespec` of 64-bit Linux.
#[repr(C)]
struct Timespec {
    secs: i64,
    nanos: i64,
}

/// Linux's clock of the calling thread's CPU time.
const CLOCK_THREAD_CPUTIME_ID: i32 = 3;

extern "C" {
    // From the C library that std links already.
    fn clock_gettime(clock: i32, time: *mut Timespec) -> i32;
}

/// This thread's CPU time so far in seconds; `None` where it cannot be
/// read. `clock_gettime` counts up to the call, to the nanosecond;
/// `/proc/thread-self/schedstat`, read before, moves only at scheduler
/// ticks (4 ms here), which quantised a 16 ms benchmark pass by a quarter.
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
pub fn thread_cpu_secs() -> Option<f64> {
    let mut t = Timespec { secs: 0, nanos: 0 };
    // SAFETY: `t` is a valid, writable timespec for the call's duration.
    let ok = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut t) } == 0;
    ok.then(|| t.secs as f64 + t.nanos as f64 / 1e9)
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
pub fn thread_cpu_secs() -> Option<f64> {
    None
}
