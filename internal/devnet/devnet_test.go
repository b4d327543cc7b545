package devnet_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/clique"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/seoulchain/seoulchain/genesis"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/devnet"
	"github.com/seoulchain/seoulchain/internal/devnet/devnettest"
	"github.com/seoulchain/seoulchain/internal/txsend"
	"github.com/seoulchain/seoulchain/node"
)

func dial(t *testing.T, url string) *ethclient.Client {
	t.Helper()
	c, err := ethclient.Dial(url)
	if err != nil {
		t.Fatalf("dial %s: %v", url, err)
	}
	t.Cleanup(c.Close)
	return c
}

// waitFor polls cond until it holds or the timeout passes.
func waitFor(t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func head(t *testing.T, c *ethclient.Client) uint64 {
	t.Helper()
	n, err := c.BlockNumber(context.Background())
	if err != nil {
		t.Fatalf("head: %v", err)
	}
	return n
}

// TestThreeSignerNetwork is the network's specification: three signers seal, agree, carry
// a transfer from node 1 to node 3, keep sealing with one signer down, and the stopped node
// catches up when it returns.
func TestThreeSignerNetwork(t *testing.T) {
	cfg := devnettest.Config(t, t.TempDir())
	nw := devnettest.Start(t, cfg)
	info := nw.Info()
	ctx := context.Background()

	clients := make([]*ethclient.Client, len(info.Nodes))
	for i, n := range info.Nodes {
		clients[i] = dial(t, n.HTTP)
	}

	t.Run("genesis hash is the file's", func(t *testing.T) {
		g, err := genesis.Load(filepath.Join(cfg.DataDir, "genesis.json"))
		if err != nil {
			t.Fatal(err)
		}
		for i, c := range clients {
			b, err := c.HeaderByNumber(ctx, big.NewInt(0))
			if err != nil {
				t.Fatal(err)
			}
			if b.Hash() != g.ToBlock().Hash() || b.Hash() != info.GenesisHash {
				t.Fatalf("node %d genesis %x, file %x, devnet.json %x", i+1, b.Hash(), g.ToBlock().Hash(), info.GenesisHash)
			}
		}
	})

	t.Run("every signer seals and all agree", func(t *testing.T) {
		target := head(t, clients[0]) + 6
		waitFor(t, 30*time.Second, "6 more blocks on every node", func() bool {
			for _, c := range clients {
				if head(t, c) < target {
					return false
				}
			}
			return true
		})
		sealers := map[common.Address]bool{}
		for n := target - 5; n <= target; n++ {
			var hash common.Hash
			for i, c := range clients {
				h, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
				if err != nil {
					t.Fatal(err)
				}
				if i == 0 {
					hash = h.Hash()
					sealers[sealer(t, h)] = true
				} else if h.Hash() != hash {
					t.Fatalf("block %d: node %d has %x, node 1 has %x", n, i+1, h.Hash(), hash)
				}
			}
		}
		if len(sealers) < 2 {
			t.Fatalf("6 blocks sealed by %d signer(s); Clique needs them to take turns", len(sealers))
		}
		for s := range sealers {
			if !isSigner(info, s) {
				t.Fatalf("block sealed by %s, not a devnet signer", s)
			}
		}
	})

	t.Run("forwarder deployed", func(t *testing.T) {
		addr, ok := info.Contracts[deploy.CityForwarder]
		if !ok {
			t.Fatalf("devnet.json has no %s: %v", deploy.CityForwarder, info.Contracts)
		}
		if code, _ := clients[2].CodeAt(ctx, addr, nil); len(code) == 0 {
			t.Fatalf("node 3 sees no code at %s", addr)
		}
	})

	t.Run("transfer to node 1 is seen on node 3", func(t *testing.T) {
		to := common.HexToAddress("0x000000000000000000000000000000000000c171")
		value := big.NewInt(12345)
		sendValue(t, clients[0], info, to, value)
		waitFor(t, 20*time.Second, "the transfer on node 3", func() bool {
			bal, err := clients[2].BalanceAt(ctx, to, nil)
			return err == nil && bal.Cmp(value) == 0
		})
	})

	t.Run("a signer that may not seal the next block builds it empty", func(t *testing.T) {
		// Each node's pending block is what its miner built last. The signer of the
		// head may not seal the next block (Clique's "signed recently", 3 signers): its
		// build should take nothing, while the others' take the streamed transfers.
		stop := streamTransfers(t, clients[0], info, 100*time.Millisecond)
		idle, busy, others := 0, 0, 0
		for deadline := time.Now().Add(8 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
			for i, c := range clients {
				var pb struct {
					Parent common.Hash `json:"parentHash"`
					Txs    []any       `json:"transactions"`
				}
				if err := c.Client().CallContext(ctx, &pb, "eth_getBlockByNumber", "pending", false); err != nil {
					t.Fatal(err)
				}
				parent, err := c.HeaderByHash(ctx, pb.Parent)
				if err != nil {
					t.Fatal(err)
				}
				switch {
				case sealer(t, parent) != info.Nodes[i].Signer.Address:
					if len(pb.Txs) > 0 {
						others++
					}
				case len(pb.Txs) == 0:
					idle++
				default:
					busy++
				}
			}
		}
		sent := stop()
		waitFor(t, 30*time.Second, "every streamed transfer mined", func() bool {
			n, err := clients[0].NonceAt(ctx, info.Staff.Address, nil)
			return err == nil && n >= sent
		})
		t.Logf("pending blocks sampled: of the head's signer %d empty and %d with transactions; of the others %d with transactions", idle, busy, others)
		if others == 0 || idle == 0 || busy >= idle {
			t.Fatalf("pending blocks sampled while transfers streamed: of the head's signer %d empty, %d with transactions; of the others %d with transactions; want the head's signer's mostly empty and the others' with transactions", idle, busy, others)
		}
	})

	t.Run("one signer down, chain grows; it returns and catches up", func(t *testing.T) {
		third := nw.Node(2)
		if err := third.Stop(ctx); err != nil {
			t.Fatal(err)
		}
		stoppedAt := head(t, clients[0])
		// The two signers left alternate, most blocks out of turn: the one that may seal
		// builds in full, so transactions go on being mined in those blocks too.
		stop := streamTransfers(t, clients[0], info, 100*time.Millisecond)
		waitFor(t, 30*time.Second, "4 blocks from the two remaining signers", func() bool {
			return head(t, clients[0]) >= stoppedAt+4
		})
		time.Sleep(3 * time.Second)
		sent := stop()
		waitFor(t, 30*time.Second, "every streamed transfer mined", func() bool {
			n, err := clients[0].NonceAt(ctx, info.Staff.Address, nil)
			return err == nil && n >= sent
		})
		backups, outOfTurn := 0, 0
		var blocks []string
		for n := stoppedAt + 1; n <= head(t, clients[0]); n++ {
			b, err := clients[0].BlockByNumber(ctx, new(big.Int).SetUint64(n))
			if err != nil {
				t.Fatal(err)
			}
			if b.Difficulty().Int64() == 1 {
				outOfTurn++
				if len(b.Transactions()) > 0 {
					backups++
				}
			}
			blocks = append(blocks, fmt.Sprintf("%d: t=%d difficulty %d, %d txs", n, b.Time(), b.Difficulty(), len(b.Transactions())))
		}
		if backups == 0 || 2*backups < outOfTurn {
			t.Fatalf("%d of %d blocks sealed out of turn carried transactions, want most:\n%s", backups, outOfTurn, strings.Join(blocks, "\n"))
		}
		if err := third.Start(ctx); err != nil {
			t.Fatalf("restart node 3: %v", err)
		}
		c3 := dial(t, third.HTTPEndpoint())
		target := head(t, clients[0])
		waitFor(t, 30*time.Second, "node 3 to catch up", func() bool { return head(t, c3) >= target })
		h1, _ := clients[0].HeaderByNumber(ctx, new(big.Int).SetUint64(target))
		h3, _ := c3.HeaderByNumber(ctx, new(big.Int).SetUint64(target))
		if h1.Hash() != h3.Hash() {
			t.Fatalf("block %d: node 3 %x, node 1 %x", target, h3.Hash(), h1.Hash())
		}
	})
}

// TestRestartResumesChain stops a whole devnet and starts it again from its directory.
func TestRestartResumesChain(t *testing.T) {
	dir := t.TempDir()
	cfg := devnettest.Config(t, dir)
	first, err := devnet.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := first.Start(ctx); err != nil {
		first.Stop(ctx)
		t.Fatal(err)
	}
	info, err := devnet.ReadInfo(dir)
	if err != nil {
		t.Fatal(err)
	}
	c := dial(t, info.RPC())
	before := head(t, c)
	nonce, err := c.NonceAt(ctx, info.Staff.Address, nil)
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	if err := first.Stop(ctx); err != nil {
		t.Fatalf("stop: %v", err)
	}

	devnettest.Start(t, cfg)
	again, err := devnet.ReadInfo(dir)
	if err != nil {
		t.Fatal(err)
	}
	c2 := dial(t, again.RPC())
	if h := head(t, c2); h < before {
		t.Fatalf("head after restart %d, before %d: the chain did not resume", h, before)
	}
	if again.GenesisHash != info.GenesisHash {
		t.Fatalf("genesis changed across restart: %x -> %x", info.GenesisHash, again.GenesisHash)
	}
	if again.Contracts[deploy.CityForwarder] != info.Contracts[deploy.CityForwarder] {
		t.Fatalf("forwarder moved across restart: %v -> %v", info.Contracts, again.Contracts)
	}
	if n, _ := c2.NonceAt(ctx, info.Staff.Address, nil); n != nonce {
		t.Fatalf("staff nonce %d -> %d: restart re-deployed", nonce, n)
	}
}

func TestPortInUseIsNamedAndNothingStarts(t *testing.T) {
	cfg := devnettest.Config(t, t.TempDir())
	busy := cfg.HTTPPort + 2 // node 2's HTTP port
	ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", busy))
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	nw, err := devnet.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = nw.Start(context.Background())
	nw.Stop(context.Background())
	if !errors.Is(err, node.ErrPortInUse) || !strings.Contains(err.Error(), fmt.Sprint(busy)) || !strings.Contains(err.Error(), "node2") {
		t.Fatalf("Start = %v; want ErrPortInUse naming node2 and port %d", err, busy)
	}
	// Node 1 must not have been left listening.
	l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", cfg.HTTPPort))
	if err != nil {
		t.Fatalf("node 1's port %d still taken after the refused start: %v", cfg.HTTPPort, err)
	}
	l.Close()
}

func TestResetRefusesForeignDirectory(t *testing.T) {
	dir := t.TempDir()
	keep := filepath.Join(dir, "thesis.txt")
	os.WriteFile(keep, []byte("years of work"), 0o644)
	if err := devnet.Reset(dir); !errors.Is(err, devnet.ErrNotDevnet) {
		t.Fatalf("Reset = %v, want devnet.ErrNotDevnet", err)
	}
	if _, err := os.Stat(keep); err != nil {
		t.Fatalf("Reset removed a foreign file: %v", err)
	}
	// And a non-empty, non-devnet directory is not set up over.
	nw, err := devnet.New(devnettest.Config(t, dir), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := nw.Start(context.Background()); !errors.Is(err, devnet.ErrNotDevnet) {
		nw.Stop(context.Background())
		t.Fatalf("Start in a foreign directory = %v, want devnet.ErrNotDevnet", err)
	}
}

func TestConfigCheck(t *testing.T) {
	tests := []struct {
		name   string
		modify func(*devnet.Config)
		want   string
	}{
		{"public chain ID", func(c *devnet.Config) { c.ChainID = 1 }, "Ethereum mainnet"},
		{"no signers", func(c *devnet.Config) { c.Signers = 0 }, "signers 0"},
		{"period 0", func(c *devnet.Config) { c.Period = 0 }, "block period is 0"},
		{"no datadir", func(c *devnet.Config) { c.DataDir = "" }, "--datadir"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := devnet.DefaultConfig()
			tt.modify(&c)
			if err := c.Check(); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Check() = %v, want it to mention %q", err, tt.want)
			}
		})
	}
	c := devnet.DefaultConfig()
	if err := c.Check(); err != nil {
		t.Fatalf("default config: %v", err)
	}
}

// sealer recovers who sealed a block, as Clique does.
func sealer(t *testing.T, h *types.Header) common.Address {
	t.Helper()
	pub, err := crypto.SigToPub(clique.SealHash(h).Bytes(), h.Extra[len(h.Extra)-crypto.SignatureLength:])
	if err != nil {
		t.Fatalf("recover sealer of block %d: %v", h.Number, err)
	}
	return crypto.PubkeyToAddress(*pub)
}

func isSigner(info *devnet.Info, a common.Address) bool {
	for _, n := range info.Nodes {
		if n.Signer.Address == a {
			return true
		}
	}
	return false
}

func sendValue(t *testing.T, c *ethclient.Client, info *devnet.Info, to common.Address, value *big.Int) {
	t.Helper()
	key, err := info.Staff.Unlock()
	if err != nil {
		t.Fatal(err)
	}
	s, err := txsend.New(context.Background(), c, key.PrivateKey, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Send(context.Background(), txsend.Candidate{To: &to, Value: value}); err != nil {
		t.Fatalf("send: %v", err)
	}
}

// streamTransfers sends a 1-wei transfer from the staff account to node c every interval
// without waiting for it, until the returned function is called; that returns the staff
// account's nonce after the last one sent.
func streamTransfers(t *testing.T, c *ethclient.Client, info *devnet.Info, interval time.Duration) func() uint64 {
	t.Helper()
	ctx := context.Background()
	key, err := info.Staff.Unlock()
	if err != nil {
		t.Fatal(err)
	}
	chainID := new(big.Int).SetUint64(info.ChainID)
	nonce, err := c.PendingNonceAt(ctx, info.Staff.Address)
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x000000000000000000000000000000000000c172")
	quit, done := make(chan struct{}), make(chan error, 1)
	go func() {
		for {
			tx, err := types.SignNewTx(key.PrivateKey, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
				ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9), Gas: 21_000, To: &to, Value: big.NewInt(1)})
			if err == nil {
				err = c.SendTransaction(ctx, tx)
			}
			if err != nil {
				done <- err
				return
			}
			nonce++
			select {
			case <-quit:
				done <- nil
				return
			case <-time.After(interval):
			}
		}
	}()
	return func() uint64 {
		close(quit)
		if err := <-done; err != nil {
			t.Fatalf("stream transfers: %v", err)
		}
		return nonce
	}
}
