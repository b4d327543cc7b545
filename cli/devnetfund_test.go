package cli

import (
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/seoulchain/seoulchain/internal/simchain"
	"github.com/seoulchain/seoulchain/internal/txsend"
)

func TestFundTargets(t *testing.T) {
	dir := t.TempDir()
	file := func(name, text string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	const addrC = "0x3000000000000000000000000000000000000003"
	good := file("good.txt", "# the shop's keys\n\n"+addrB+"   # till 1\n  "+addrC+"\n")
	bad := file("bad.txt", addrB+"\n0x12\n"+addrA+"\n")
	for _, tc := range []struct {
		name  string
		args  []string
		file  string
		stdin string
		want  []string
		err   []string // every part of the error
	}{
		{name: "one argument", args: []string{addrA}, want: []string{addrA}},
		{name: "arguments, then the file's lines", args: []string{addrA}, file: good, want: []string{addrA, addrB, addrC}},
		{name: "the file alone", file: good, want: []string{addrB, addrC}},
		{name: "standard input", file: "-", stdin: addrC + " # from a pipe\n", want: []string{addrC}},
		{name: "nothing", err: []string{"no address to fund", "--file FILE"}},
		{name: "only comments", file: file("empty.txt", "# none yet\n\n"), err: []string{"no address to fund"}},
		{name: "every bad entry at once", args: []string{"0xzz", addrA}, file: bad,
			err: []string{"nothing sent", `argument 1: malformed address: "0xzz"`, bad + ` line 2: malformed address: "0x12"`, bad + " line 3: " + common.HexToAddress(addrA).Hex() + " is already given as argument 2"}},
		{name: "a missing file", args: []string{addrA}, file: filepath.Join(dir, "nope.txt"), err: []string{"--file", "no such file"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := fundTargets(tc.args, tc.file, strings.NewReader(tc.stdin))
			if len(tc.err) > 0 {
				if err == nil {
					t.Fatalf("got %v, want an error", got)
				}
				for _, part := range tc.err {
					if !strings.Contains(err.Error(), part) {
						t.Errorf("error %q lacks %q", err, part)
					}
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
			for i := range got {
				if got[i] != common.HexToAddress(tc.want[i]) {
					t.Fatalf("got %v, want %v", got, tc.want)
				}
			}
		})
	}
}

// hiddenReceipts is a node that shows the receipt of the first transaction asked about
// only: the waits for the others fail, though the chain mines them all.
type hiddenReceipts struct {
	simulated.Client
	mu    sync.Mutex
	shown common.Hash
}

func (h *hiddenReceipts) TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	h.mu.Lock()
	if h.shown == (common.Hash{}) {
		h.shown = hash
	}
	show := h.shown == hash
	h.mu.Unlock()
	if !show {
		return nil, ethereum.NotFound
	}
	return h.Client.TransactionReceipt(ctx, hash)
}

// fundSetup is a simulated chain whose first key (1,000 ETH) funds, through node.
func fundSetup(t *testing.T, node func(simulated.Client) fundBackend) (*simchain.Chain, fundBackend, *txsend.Sender) {
	t.Helper()
	chain := simchain.New(t, 1)
	b := node(chain.Client())
	s, err := txsend.New(context.Background(), b, chain.Keys[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	s.SetPollInterval(2 * time.Millisecond)
	return chain, b, s
}

// TestSendFundsWaitFails: when the wait for the second of three transfers fails, the
// second and third are still mined; the error lists them as sent and not seen mined, with
// their transactions, and says to check their balances with --balances before funding
// them again, not to run again with them.
func TestSendFundsWaitFails(t *testing.T) {
	chain, b, sender := fundSetup(t, func(c simulated.Client) fundBackend { return &hiddenReceipts{Client: c} })
	targets := []common.Address{{0xa1}, {0xa2}, {0xa3}}
	amt := big.NewInt(1e18)
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	cands, err := planFunds(ctx, b, sender, targets, amt)
	if err != nil {
		t.Fatal(err)
	}
	var done []common.Address
	err = sendFunds(ctx, sender, cands, func(to common.Address, _ *txsend.Receipt) error {
		done = append(done, to)
		return nil
	})
	var fe *fundError
	if !errors.As(err, &fe) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("sendFunds = %v, want a *fundError for the deadline", err)
	}
	fe.devnet = "/tmp/dn"
	msg := err.Error()
	for _, part := range []string{
		"send 1 ETH of gas to " + targets[1].Hex() + ": wait for transaction",
		"Funded: " + targets[0].Hex(),
		"they may still be mined, so do not fund them again before checking",
		"\n  " + targets[1].Hex() + " (transaction 0x",
		"\n  " + targets[2].Hex() + " (transaction 0x",
		"seoulchain --devnet /tmp/dn devnet fund --balances " + targets[1].Hex() + " " + targets[2].Hex(),
	} {
		if !strings.Contains(msg, part) {
			t.Errorf("error lacks %q:\n%s", part, msg)
		}
	}
	if strings.Contains(msg, "Run again with the addresses not funded only") {
		t.Errorf("the error says to run again though two transfers may be mined:\n%s", msg)
	}
	if len(done) != 1 || done[0] != targets[0] {
		t.Errorf("done for %v, want the first only", done)
	}
	// What the advice guards against: all three were mined.
	for _, a := range targets {
		if bal, err := chain.Client().BalanceAt(context.Background(), a, nil); err != nil || bal.Cmp(amt) != 0 {
			t.Errorf("%s holds %v, %v; want the transfer mined", a.Hex(), bal, err)
		}
	}
}

// TestPlanFundsCountsFees: a balance that covers the transfers' value but not their fees
// is refused before anything is sent, naming the fees; one a little larger goes through.
func TestPlanFundsCountsFees(t *testing.T) {
	chain, b, sender := fundSetup(t, func(c simulated.Client) fundBackend { return c })
	ctx := context.Background()
	targets := []common.Address{{0xb1}, {0xb2}}
	half := new(big.Int).Mul(big.NewInt(500), big.NewInt(1e18)) // 2 x 500 = the 1,000 ETH held
	_, err := planFunds(ctx, b, sender, targets, half)
	if err == nil || !strings.Contains(err.Error(), "nothing sent") || !strings.Contains(err.Error(), "ETH of fees") || !strings.Contains(err.Error(), "less than the 1,000.") {
		t.Fatalf("planFunds for the whole balance = %v, want a refusal naming the fees", err)
	}
	if n, _ := chain.Client().PendingNonceAt(ctx, sender.From()); n != 0 {
		t.Fatalf("a refused fund sent %d transactions", n)
	}
	cands, err := planFunds(ctx, b, sender, targets, new(big.Int).Sub(half, big.NewInt(1e16)))
	if err != nil || len(cands) != 2 || cands[0].GasLimit < 21000 {
		t.Fatalf("planFunds with room for the fees = %+v, %v", cands, err)
	}
}
