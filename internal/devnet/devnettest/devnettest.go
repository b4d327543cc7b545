// Package devnettest starts real local networks for other packages' tests: the embedded
// node's signers peered on 127.0.0.1 ports that are free at the time, the contracts
// deployed, everything stopped by t.Cleanup.
package devnettest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/seoulchain/seoulchain/internal/devnet"
)

// Ports for tests' networks come from below Linux's ephemeral range (32768–60999), where
// the kernel never puts the outgoing connections of other tests, in blocks of portBlock.
// A block is reserved by an exclusive lock on a file in the temporary folder, held until
// the process exits: test processes of several packages run at once (and several
// checkouts on one machine), and a port checked free could otherwise be taken by another
// before the node listens on it.
const (
	portLow, portHigh = 20000, 32000
	portBlock         = 16
)

// FreePorts returns a base port with n consecutive ports free on 127.0.0.1 (n at most 16),
// reserved for this process.
func FreePorts(t testing.TB, n int) int {
	t.Helper()
	if n > portBlock {
		t.Fatalf("FreePorts(%d): at most %d", n, portBlock)
	}
	dir := filepath.Join(os.TempDir(), "seoulchain-test-ports")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	blocks := (portHigh - portLow) / portBlock
	start := rand.IntN(blocks)
	for i := 0; i < blocks; i++ {
		base := portLow + (start+i)%blocks*portBlock
		f, err := os.OpenFile(filepath.Join(dir, fmt.Sprintf("%d.lock", base)), os.O_CREATE|os.O_RDWR, 0o644)
		if err != nil {
			t.Fatal(err)
		}
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
			f.Close()
			continue
		}
		free := true
		for p := base; p < base+n && free; p++ {
			l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p))
			if err != nil {
				free = false
				continue
			}
			l.Close()
		}
		if free {
			reservedMu.Lock()
			reserved = append(reserved, f) // held until the process exits
			reservedMu.Unlock()
			return base
		}
		f.Close()
	}
	t.Fatal("no free port range on 127.0.0.1")
	return 0
}

// reserved keeps the lock files of the blocks FreePorts handed out open.
var (
	reservedMu sync.Mutex
	reserved   []*os.File
)

// Config returns the default devnet config in dir, on free ports.
func Config(t testing.TB, dir string) devnet.Config {
	t.Helper()
	cfg := devnet.DefaultConfig()
	cfg.DataDir = dir
	base := FreePorts(t, 3*cfg.Signers)
	cfg.HTTPPort, cfg.P2PPort = base, base+2*cfg.Signers
	// Tests run beside the compiler and other packages' networks on 2 cores: give a
	// peering handshake that timed out time for go-ethereum's retry.
	cfg.ReadyTimeout = 3 * time.Minute
	return cfg
}

// Start starts a network from cfg and stops it when the test ends.
func Start(t testing.TB, cfg devnet.Config) *devnet.Network {
	t.Helper()
	nw, err := devnet.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	if err := nw.Start(ctx); err != nil {
		nw.Stop(context.Background())
		t.Fatalf("start devnet: %v", err)
	}
	t.Cleanup(func() { nw.Stop(context.Background()) })
	return nw
}
