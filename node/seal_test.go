package node

import (
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

// TestKickerNeverBlocksTheFeed: the rebuild (Miner.Start) may block for a whole block's
// build; the event loop that asks for it must go on at once, a kick while one runs is
// refused rather than queued, and stop waits for the running call and leaves no goroutine.
func TestKickerNeverBlocksTheFeed(t *testing.T) {
	before := runtime.NumGoroutine()
	release := make(chan struct{})
	var calls atomic.Int32
	k := newKicker(func() {
		calls.Add(1)
		<-release // a miner busy building a block
	})
	if !k.kick() {
		t.Fatal("the first kick was refused")
	}
	for deadline := time.Now().Add(2 * time.Second); calls.Load() == 0; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("start never called")
		}
	}
	done := make(chan bool)
	go func() { done <- k.kick() }()
	select {
	case ok := <-done:
		if ok {
			t.Fatal("a kick while a rebuild runs was taken")
		}
	case <-time.After(time.Second):
		t.Fatal("kick blocked while a rebuild runs")
	}
	stopped := make(chan struct{})
	go func() { k.stop(); close(stopped) }()
	select {
	case <-stopped:
		t.Fatal("stop returned while a rebuild was still running")
	case <-time.After(50 * time.Millisecond):
	}
	close(release)
	select {
	case <-stopped:
	case <-time.After(2 * time.Second):
		t.Fatal("stop did not return after the rebuild ended")
	}
	if calls.Load() != 1 {
		t.Fatalf("start called %d times, want once", calls.Load())
	}
	for deadline := time.Now().Add(2 * time.Second); runtime.NumGoroutine() > before; time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%d goroutines, %d before the kicker", runtime.NumGoroutine(), before)
		}
	}
}
