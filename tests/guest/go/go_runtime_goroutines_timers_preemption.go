// SPDX-License-Identifier: GPL-2.0-or-later
//
// The Go runtime under xbt: many goroutines over channels and a WaitGroup, a
// mutex-protected and an atomic counter, timers (Sleep, After, a Ticker,
// AfterFunc), a nil-pointer dereference turned into a recovered panic (SIGSEGV
// -> sigpanic), runtime.GC, and asynchronous preemption: with GOMAXPROCS=2 two
// goroutines spin in loops without calls, so main only runs again when sysmon
// preempts one of them with SIGURG (the handler rewrites RIP/RSP in the
// ucontext to inject a call to asyncPreempt). Output is deterministic.
package main

import (
	"fmt"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

type node struct{ val int }

func fanInOut(workers, jobs int) int {
	in := make(chan int)
	out := make(chan int, 16)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				out <- j * j
			}
		}()
	}
	go func() {
		for j := 1; j <= jobs; j++ {
			in <- j
		}
		close(in)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	sum := 0
	for v := range out {
		sum += v
	}
	return sum
}

func counters(n, per int) (int64, int) {
	var atomicCount int64
	var mu sync.Mutex
	locked := 0
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < per; k++ {
				atomic.AddInt64(&atomicCount, 1)
				mu.Lock()
				locked++
				mu.Unlock()
				if k%8 == 0 {
					runtime.Gosched()
				}
			}
		}()
	}
	wg.Wait()
	return atomicCount, locked
}

// A pipeline of goroutines, each passing the token on: a chain of handoffs.
func chain(n int) int {
	first := make(chan int)
	prev := first
	for i := 0; i < n; i++ {
		next := make(chan int)
		go func(from <-chan int, to chan<- int) {
			to <- 1 + <-from
		}(prev, next)
		prev = next
	}
	first <- 0
	return <-prev
}

func timers() string {
	start := time.Now()
	time.Sleep(5 * time.Millisecond)
	slept := time.Since(start) >= 5*time.Millisecond

	ticker := time.NewTicker(2 * time.Millisecond)
	ticks := 0
	for range ticker.C {
		ticks++
		if ticks == 3 {
			break
		}
	}
	ticker.Stop()

	fired := make(chan string, 1)
	time.AfterFunc(3*time.Millisecond, func() { fired <- "afterfunc" })
	var got string
	select {
	case got = <-fired:
	case <-time.After(10 * time.Second):
		got = "timeout"
	}

	select {
	case <-time.After(time.Millisecond):
		got += " after"
	case <-make(chan int):
		got += " never"
	}
	return fmt.Sprintf("slept=%v ticks=%d %s", slept, ticks, got)
}

func nilDeref(p *node) (v int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprint(r)
		}
	}()
	return p.val, "none"
}

var stop int32

func spin(counter *int64) {
	n := int64(0)
	for atomic.LoadInt32(&stop) == 0 {
		n++ // no calls: only an asynchronous preemption can stop this goroutine
	}
	atomic.StoreInt64(counter, n)
}

func preemption() string {
	prev := runtime.GOMAXPROCS(2)
	var a, b int64
	done := make(chan bool)
	for _, c := range []*int64{&a, &b} {
		c := c
		go func() {
			spin(c)
			done <- true
		}()
	}
	// Both Ps are busy spinning; main needs one of them back after sleeping.
	progress := 0
	for i := 0; i < 3; i++ {
		time.Sleep(2 * time.Millisecond)
		progress++
	}
	atomic.StoreInt32(&stop, 1)
	<-done
	<-done
	runtime.GOMAXPROCS(prev)
	return fmt.Sprintf("main progressed %d times while 2 goroutines spun; both stopped", progress)
}

func main() {
	fmt.Println("fan-in/out sum of squares 1..2000:", fanInOut(8, 2000))
	a, l := counters(50, 200)
	fmt.Println("counters:", a, l)
	fmt.Println("chain of 1000 goroutines:", chain(1000))
	fmt.Println("timers:", timers())
	v, err := nilDeref(nil)
	fmt.Printf("nil dereference: v=%d recovered=%q\n", v, err)
	v, err = nilDeref(&node{7})
	fmt.Printf("valid pointer: v=%d recovered=%q\n", v, err)
	var keep [][]byte
	for i := 0; i < 200; i++ {
		keep = append(keep, make([]byte, 4096))
		if len(keep) > 20 {
			keep = keep[1:]
		}
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("GC ran:", ms.NumGC > 0, "kept", len(keep))
	fmt.Println("preemption:", preemption())
	fmt.Println("PASS")
	os.Exit(0)
}
