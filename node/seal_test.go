package node

import (
	"math/big"
	"runtime"
	"sync"
	"testing"
	"time"
)

// fakeMiner records the calls a control makes; Start blocks while hold is set, as a miner
// busy building a block does.
type fakeMiner struct {
	mu      sync.Mutex
	calls   []string
	running bool
	hold    chan struct{}
}

func (m *fakeMiner) Start() {
	if m.hold != nil {
		<-m.hold
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.calls, m.running = append(m.calls, "start"), true
}

func (m *fakeMiner) Stop() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.calls, m.running = append(m.calls, "stop"), false
}

func (m *fakeMiner) Mining() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.running
}

func (m *fakeMiner) SetGasTip(tip *big.Int) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if tip.Cmp(idleTip) == 0 {
		m.calls = append(m.calls, "idle")
	} else {
		m.calls = append(m.calls, "tip")
	}
	return nil
}

func (m *fakeMiner) log() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]string(nil), m.calls...)
}

// TestControlNeverBlocksAndKeepsOrder: the miner's Start may block for a whole block's
// build; the event loop that asks goes on at once, a rebuild while one waits is refused,
// a stop comes after the rebuild asked before it and sets the idle tip only once the miner
// is stopped, a rebuild asked after a stop is dropped (a parked miner stays stopped), a
// start sets the signer's tip first, and stop waits for what was asked and leaves no
// goroutine.
func TestControlNeverBlocksAndKeepsOrder(t *testing.T) {
	before := runtime.NumGoroutine()
	m := &fakeMiner{hold: make(chan struct{})}
	c := newControl(m, big.NewInt(1))
	asked := make(chan struct{})
	go func() {
		if !c.rebuild() {
			t.Error("the first rebuild was refused")
		}
		if c.rebuild() {
			t.Error("a rebuild while one waits was taken")
		}
		c.park(true)
		c.rebuild() // refused: ops wait
		close(asked)
	}()
	select {
	case <-asked:
	case <-time.After(2 * time.Second):
		t.Fatal("asking blocked while the miner was busy")
	}
	close(m.hold)
	for deadline := time.Now().Add(2 * time.Second); c.pending(); time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("ops never done")
		}
	}
	if !c.rebuild() {
		t.Fatal("a rebuild with nothing waiting was refused")
	}
	c.park(false)
	c.stop()
	want := []string{"start", "stop", "idle", "tip", "start"} // the rebuild after the stop dropped
	if got := m.log(); len(got) != len(want) {
		t.Fatalf("calls %v, want %v", got, want)
	} else {
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("calls %v, want %v", got, want)
			}
		}
	}
	for deadline := time.Now().Add(2 * time.Second); runtime.NumGoroutine() > before; time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%d goroutines, %d before the control", runtime.NumGoroutine(), before)
		}
	}
}
