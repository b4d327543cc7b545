// Package devnettest starts real local networks for other packages' tests: the embedded
// node's signers peered on 127.0.0.1 ports that are free at the time, the contracts
// deployed, everything stopped by t.Cleanup.
package devnettest

import (
	"context"
	"fmt"
	"net"
	"testing"
	"time"

	"github.com/seoulchain/seoulchain/internal/devnet"
)

// FreePorts returns a base port with n consecutive ports free on 127.0.0.1.
func FreePorts(t testing.TB, n int) int {
	t.Helper()
	for attempt := 0; attempt < 50; attempt++ {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		base := ln.Addr().(*net.TCPAddr).Port
		ln.Close()
		if base+n > 65535 {
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
			return base
		}
	}
	t.Fatal("no free port range on 127.0.0.1")
	return 0
}

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
