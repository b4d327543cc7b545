package node

import (
	"context"
	"errors"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/seoulchain/seoulchain/genesis"
	"github.com/seoulchain/seoulchain/internal/wallet"
)

const peerA = "enode://a979fb575495b8d6db44f750317d0f4622bf4c2aa3365d6af7c284339968eef29b69ad0dce72a4d8db5ebb4968de0e3bec910127f134779fbcb0cb6d3331163c@10.1.2.3:30303"
const peerB = "enode://d860a01f9722d78051619d1e2351aba3f43f943f6f00718d1b9baa4101932a1f5011f16bb2b1bb35db20d6fe28fa0bf09636d26a87d31de9ec6203eeedb1f666@10.1.2.4:30303"

func TestConfigCheck(t *testing.T) {
	tests := []struct {
		name   string
		modify func(*Config)
		want   error
		text   string
	}{
		{"no datadir", func(c *Config) { c.DataDir = "" }, ErrNoDataDir, "--datadir"},
		{"admin on public HTTP", func(c *Config) { c.HTTPHost = "0.0.0.0"; c.HTTPModules = append(c.HTTPModules, "admin") }, ErrUnsafeModule, `"admin"`},
		{"personal on LAN HTTP", func(c *Config) { c.HTTPHost = "10.0.0.5"; c.HTTPModules = []string{"eth", "personal"} }, ErrUnsafeModule, "personal"},
		{"clique on public WS", func(c *Config) { c.WSHost = "0.0.0.0"; c.WSModules = append(c.WSModules, "clique") }, ErrUnsafeModule, "cast this signer's votes"},
		{"debug on public WS", func(c *Config) { c.WSHost = "192.168.1.10"; c.WSModules = []string{"debug"} }, ErrUnsafeModule, "debug"},
		{"miner on all interfaces", func(c *Config) { c.HTTPHost = "::"; c.HTTPModules = []string{"miner"} }, ErrUnsafeModule, "miner"},
		{"unknown module", func(c *Config) { c.HTTPModules = []string{"eth", "shh"} }, ErrUnknownModule, "shh"},
		{"bad peer", func(c *Config) { c.StaticPeers = []string{"enode://1234@1.2.3.4:30303"} }, ErrBadPeer, "enode://"},
		{"bad netrestrict", func(c *Config) { c.NetRestrict = []string{"10.0.0.0"} }, ErrBadNetRestrict, "10.1.2.0/24"},
		{"signer without key file", func(c *Config) { c.Signer = &SignerConfig{} }, ErrSigner, "keystore"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := DefaultConfig(t.TempDir())
			tt.modify(&c)
			err := c.Check()
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.text) {
				t.Fatalf("Check() = %v; want %v mentioning %q", err, tt.want, tt.text)
			}
		})
	}
}

func TestPrivilegedModulesAllowedOnLoopback(t *testing.T) {
	for _, host := range []string{"127.0.0.1", "localhost", "::1", "127.0.0.2"} {
		c := DefaultConfig(t.TempDir())
		c.HTTPHost, c.WSHost = host, host
		c.HTTPModules = []string{"eth", "clique", "admin", "debug", "miner", "personal"}
		c.WSModules = c.HTTPModules
		if err := c.Check(); err != nil {
			t.Errorf("host %s: Check() = %v", host, err)
		}
	}
	c := DefaultConfig(t.TempDir())
	c.HTTPHost = "0.0.0.0" // the safe default modules may be served anywhere
	if err := c.Check(); err != nil {
		t.Fatalf("default modules on 0.0.0.0: %v", err)
	}
}

func TestNetRestrictDefaultsToPeers(t *testing.T) {
	c := DefaultConfig(t.TempDir())
	c.StaticPeers = []string{peerA, peerB}
	list, err := c.netRestrict()
	if err != nil {
		t.Fatal(err)
	}
	for ip, want := range map[string]bool{"10.1.2.3": true, "10.1.2.4": true, "10.1.2.5": false, "127.0.0.1": false, "8.8.8.8": false} {
		if got := list.Contains(parseIP(ip)); got != want {
			t.Errorf("inbound from %s allowed = %v, want %v", ip, got, want)
		}
	}
	c.StaticPeers = nil
	if list, _ := c.netRestrict(); list.Contains(parseIP("10.1.2.3")) {
		t.Error("with no peers configured, inbound must be refused from everywhere")
	}
	c.NetRestrict = []string{"10.9.0.0/16"}
	list, _ = c.netRestrict()
	if !list.Contains(parseIP("10.9.3.4")) || list.Contains(parseIP("10.1.2.3")) {
		t.Error("explicit netrestrict must replace the peer-derived list")
	}
}

func testGenesis(t *testing.T, signer common.Address) *genesis.Spec {
	t.Helper()
	s := genesis.DefaultSpec()
	s.Timestamp = uint64(time.Now().Unix())
	s.Signers = []common.Address{signer}
	return &s
}

func TestInitIsIdempotentAndRefusesOtherGenesis(t *testing.T) {
	dir := t.TempDir()
	spec := testGenesis(t, common.HexToAddress("0x1000000000000000000000000000000000000001"))
	g, err := spec.Genesis()
	if err != nil {
		t.Fatal(err)
	}
	hash, err := Init(dir, g)
	if err != nil {
		t.Fatal(err)
	}
	if hash != g.ToBlock().Hash() {
		t.Fatalf("Init hash %x, want %x", hash, g.ToBlock().Hash())
	}
	if _, err := os.Stat(filepath.Join(dir, "geth", "chaindata")); err != nil {
		t.Fatalf("not geth's layout: %v", err)
	}
	if again, err := Init(dir, g); err != nil || again != hash {
		t.Fatalf("second Init = %x, %v; want the same hash", again, err)
	}
	otherChainID := *spec
	otherChainID.ChainID++
	otherBlock := *spec
	otherBlock.Timestamp++
	for name, s := range map[string]genesis.Spec{"another chain ID": otherChainID, "another genesis block": otherBlock} {
		other, _ := s.Genesis()
		if _, err := Init(dir, other); err == nil || !strings.Contains(err.Error(), "already holds a chain") {
			t.Fatalf("Init with %s = %v, want a refusal", name, err)
		}
	}
}

func TestStartRefusesUninitialisedDir(t *testing.T) {
	c := DefaultConfig(t.TempDir())
	c.HTTPPort, c.WSPort, c.P2PAddr, c.IPCPath = 0, 0, "127.0.0.1:0", ""
	n, err := New(c, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer n.Stop(context.Background())
	if err := n.Start(context.Background()); !errors.Is(err, ErrNotInitialised) || !strings.Contains(err.Error(), "seoulchain node init") {
		t.Fatalf("Start = %v, want ErrNotInitialised with the init command", err)
	}
}

// TestSingleSignerSeals starts one signer from a keystore file and checks that it seals
// blocks, that the node's genesis is the file's, and that a wrong password is refused.
func TestSingleSignerSeals(t *testing.T) {
	dir := t.TempDir()
	keyDir := filepath.Join(dir, "keys")
	os.MkdirAll(keyDir, 0o700)
	addr, keyFile, err := wallet.NewKey(keyDir, "correct horse", true)
	if err != nil {
		t.Fatal(err)
	}
	g, err := testGenesis(t, addr).Genesis()
	if err != nil {
		t.Fatal(err)
	}
	dataDir := filepath.Join(dir, "data")
	if _, err := Init(dataDir, g); err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig(dataDir)
	cfg.HTTPPort, cfg.WSPort, cfg.P2PAddr, cfg.IPCPath = 0, 0, "127.0.0.1:0", ""

	bad := cfg
	bad.Signer = &SignerConfig{KeyFile: keyFile, Password: "wrong"}
	nb, _ := New(bad, nil)
	err = nb.Start(context.Background())
	nb.Stop(context.Background())
	if !errors.Is(err, ErrSigner) || !strings.Contains(err.Error(), "wrong password") || strings.Contains(err.Error(), "correct horse") {
		t.Fatalf("wrong password: Start = %v", err)
	}

	cfg.Signer = &SignerConfig{KeyFile: keyFile, Password: "correct horse"}
	n, err := New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Stop(context.Background()) })
	if err := n.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n.Signer() != addr {
		t.Fatalf("Signer() = %s, want %s", n.Signer(), addr)
	}
	c, err := ethclient.Dial(n.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx := context.Background()
	deadline := time.Now().Add(20 * time.Second)
	for {
		h, err := c.HeaderByNumber(ctx, nil)
		if err == nil && h.Number.Uint64() >= 2 {
			if h.GasLimit != g.GasLimit {
				t.Fatalf("block %d gas limit %d, want the genesis's %d", h.Number, h.GasLimit, g.GasLimit)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no blocks sealed in 20s")
		}
		time.Sleep(200 * time.Millisecond)
	}
	b0, err := c.HeaderByNumber(ctx, big.NewInt(0))
	if err != nil || b0.Hash() != g.ToBlock().Hash() {
		t.Fatalf("node genesis %v (%v), want %x", b0, err, g.ToBlock().Hash())
	}
	// The clique module is not in the default HTTP modules.
	var signers []common.Address
	if err := c.Client().CallContext(ctx, &signers, "clique_getSigners", nil); err == nil {
		t.Fatal("clique_getSigners answered on the default HTTP modules")
	}
}

func parseIP(s string) net.IP { return net.ParseIP(s) }
