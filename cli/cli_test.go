package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/seoulchain/seoulchain/genesis"
	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/devnet/devnettest"
	"github.com/seoulchain/seoulchain/internal/wallet"
)

func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Run(context.Background(), append([]string{"seoulchain"}, args...), &out, &errb)
	return code, out.String(), errb.String()
}

const (
	addrA = "0x1000000000000000000000000000000000000001"
	addrB = "0x2000000000000000000000000000000000000002"
)

func TestGenesisNewExitCodesAndMessages(t *testing.T) {
	dir := t.TempDir()
	existing := filepath.Join(dir, "existing.json")
	os.WriteFile(existing, []byte("{}"), 0o644)
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no signers", []string{"genesis", "new"}, ExitUsage, "--signer"},
		{"malformed signer", []string{"genesis", "new", "--signer", "0x12"}, ExitUsage, "malformed address"},
		{"duplicate signer", []string{"genesis", "new", "--signer", addrA, "--signer", addrA}, ExitUsage, "duplicate signer"},
		{"public chain", []string{"genesis", "new", "--signer", addrA, "--chain-id", "137"}, ExitUsage, "Polygon"},
		{"period 0", []string{"genesis", "new", "--signer", addrA, "--period", "0"}, ExitUsage, "period is 0"},
		{"gas too low", []string{"genesis", "new", "--signer", addrA, "--gas-limit", "21000"}, ExitUsage, "too low"},
		{"bad alloc amount", []string{"genesis", "new", "--signer", addrA, "--alloc", addrB + "=1.5.5"}, ExitUsage, "not a decimal number"},
		{"missing out dir", []string{"genesis", "new", "--signer", addrA, "--out", filepath.Join(dir, "no", "g.json")}, ExitUsage, "does not exist"},
		{"existing out", []string{"genesis", "new", "--signer", addrA, "--out", existing}, ExitUsage, "--force"},
		{"unknown flag", []string{"genesis", "new", "--nope"}, ExitUsage, "not defined"},
		{"unknown command", []string{"frobnicate"}, ExitUsage, "frobnicate"},
		{"bad log level", []string{"--log.level", "loud", "devnet"}, ExitUsage, "unknown log level"},
		{"missing genesis file", []string{"node", "init", "--genesis", filepath.Join(dir, "none.json"), "--datadir", dir}, ExitUsage, "seoulchain genesis new"},
		{"missing required flag", []string{"node", "init", "--datadir", dir}, ExitUsage, "genesis"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := run(t, tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.stderr) {
				t.Fatalf("exit %d, stderr %q; want exit %d mentioning %q", code, stderr, tt.code, tt.stderr)
			}
		})
	}
	if data, _ := os.ReadFile(existing); string(data) != "{}" {
		t.Fatalf("a refused run changed %s", existing)
	}
}

func TestGenesisNewWritesLoadableFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "genesis.json")
	code, stdout, stderr := run(t, "--json", "genesis", "new", "--signer", addrB, "--signer", addrA,
		"--alloc", addrB+"=1,000,000", "--chain-id", "777001", "--timestamp", "1700000000", "--out", out)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res struct {
		GenesisHash string `json:"genesisHash"`
	}
	if err := json.Unmarshal([]byte(stdout), &res); err != nil {
		t.Fatalf("--json output is not JSON: %v\n%s", err, stdout)
	}
	g, err := genesis.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	if g.ToBlock().Hash().Hex() != res.GenesisHash {
		t.Fatalf("printed hash %s, file's %s", res.GenesisHash, g.ToBlock().Hash().Hex())
	}
	spec, _ := genesis.SpecOf(g)
	if spec.ChainID != 777001 || len(spec.Signers) != 2 || spec.Alloc[0].Balance.String() != "1000000000000000000000000" {
		t.Fatalf("file holds %+v", spec)
	}
	// Standard output mode writes the same JSON geth reads.
	code, stdout, _ = run(t, "genesis", "new", "--signer", addrA, "--timestamp", "1700000000")
	if code != ExitOK || !strings.Contains(stdout, `"clique"`) {
		t.Fatalf("stdout mode: exit %d\n%s", code, stdout)
	}
}

// buildBinary builds bin/seoulchain for tests that must signal a real process.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "seoulchain")
	cmd := exec.Command("go", "build", "-o", bin, "./seoulchain")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestNodeRunStopsCleanlyOnSIGINT runs a single-signer node as operators do, stops it with
// SIGINT, and starts it again: the chain must resume from where it stopped.
func TestNodeRunStopsCleanlyOnSIGINT(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	keyDir := filepath.Join(dir, "keys")
	os.MkdirAll(keyDir, 0o700)
	signer, keyFile, err := wallet.NewKey(keyDir, "pw", true)
	if err != nil {
		t.Fatal(err)
	}
	pwFile := filepath.Join(keyDir, "password")
	os.WriteFile(pwFile, []byte("pw\n"), 0o600)
	gfile := filepath.Join(dir, "genesis.json")
	if code, _, stderr := run(t, "genesis", "new", "--signer", signer.Hex(), "--out", gfile); code != 0 {
		t.Fatal(stderr)
	}
	data := filepath.Join(dir, "data")
	if code, _, stderr := run(t, "node", "init", "--genesis", gfile, "--datadir", data); code != 0 {
		t.Fatal(stderr)
	}
	port := freePort(t)
	args := []string{"node", "run", "--datadir", data, "--signer.keyfile", keyFile, "--signer.password-file", pwFile,
		"--port", "0", "--p2p.addr", "127.0.0.1", "--http.port", port, "--ws.addr", "", "--ipcpath", ""}
	url := "http://127.0.0.1:" + port

	startAndStop := func(minHead uint64) uint64 {
		var stderr bytes.Buffer
		cmd := exec.Command(bin, args...)
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		var head uint64
		deadline := time.Now().Add(30 * time.Second)
		for head < minHead+3 {
			if time.Now().After(deadline) {
				cmd.Process.Kill()
				cmd.Wait()
				t.Fatalf("node did not seal past block %d in 30s:\n%s", minHead+3, stderr.String())
			}
			time.Sleep(300 * time.Millisecond)
			if c, err := ethclient.Dial(url); err == nil {
				head, _ = c.BlockNumber(context.Background())
				c.Close()
			}
		}
		cmd.Process.Signal(syscall.SIGINT)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("node exited with %v after SIGINT:\n%s", err, stderr.String())
			}
		case <-time.After(30 * time.Second):
			cmd.Process.Kill()
			t.Fatalf("node did not stop within 30s of SIGINT:\n%s", stderr.String())
		}
		if !strings.Contains(stderr.String(), "Node stopped") {
			t.Fatalf("no clean-stop log line:\n%s", stderr.String())
		}
		return head
	}
	first := startAndStop(0)
	second := startAndStop(first)
	if second <= first {
		t.Fatalf("head %d after restart, %d before", second, first)
	}
}

func freePort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	_, port, _ := strings.Cut(l.Addr().String(), ":")
	return port
}

// TestDevnetCommands drives node status and the signer votes against a live devnet
// through --devnet, as staff would.
func TestDevnetCommands(t *testing.T) {
	dir := t.TempDir()
	nw := devnettest.Start(t, devnettest.Config(t, dir))
	info := nw.Info()

	code, stdout, stderr := run(t, "--devnet", dir, "--json", "node", "status")
	if code != ExitOK {
		t.Fatalf("node status: exit %d: %s", code, stderr)
	}
	var st nodeStatusReport
	if err := json.Unmarshal([]byte(stdout), &st); err != nil {
		t.Fatalf("node status --json: %v\n%s", err, stdout)
	}
	if st.ChainID.Uint64() != info.ChainID || len(st.Signers) != 3 || st.Peers == nil || *st.Peers != 2 || st.Head == 0 || len(st.Blocks) == 0 {
		t.Fatalf("status = %+v", st)
	}
	for _, b := range st.Blocks {
		if b.Number > 0 && !containsAddr(st.Signers, b.Sealer) {
			t.Fatalf("block %d sealer %s is not a signer %v", b.Number, b.Sealer, st.Signers)
		}
	}
	code, stdout, _ = run(t, "--devnet", dir, "node", "status")
	if code != ExitOK || !strings.Contains(stdout, "Recent blocks:") || !strings.Contains(stdout, "Signers (3)") {
		t.Fatalf("node status table: exit %d\n%s", code, stdout)
	}

	candidate := "0x4000000000000000000000000000000000000004"
	if code, _, stderr := run(t, "--devnet", dir, "signer", "propose", candidate); code != ExitOK {
		t.Fatalf("propose: %s", stderr)
	}
	code, stdout, _ = run(t, "--devnet", dir, "--json", "signer", "list")
	var list struct {
		Proposals map[string]bool `json:"proposals"`
	}
	if err := json.Unmarshal([]byte(stdout), &list); err != nil || code != ExitOK {
		t.Fatalf("signer list: exit %d, %v\n%s", code, err, stdout)
	}
	if !list.Proposals[strings.ToLower(candidate)] && !list.Proposals[candidate] {
		t.Fatalf("proposal not listed: %v", list.Proposals)
	}
	if code, _, stderr := run(t, "--devnet", dir, "signer", "discard", candidate); code != ExitOK {
		t.Fatalf("discard: %s", stderr)
	}
	code, stdout, _ = run(t, "--devnet", dir, "signer", "list")
	if code != ExitOK || !strings.Contains(stdout, "pending votes: none") {
		t.Fatalf("after discard: %s", stdout)
	}
	// Node 2's WebSocket endpoint does not serve clique: the vote is refused, not lost.
	code, _, stderr = run(t, "--rpc", info.Nodes[1].WS, "signer", "propose", candidate)
	if code != ExitFailed || !strings.Contains(stderr, "does not serve the clique module") {
		t.Fatalf("propose without clique: exit %d, %s", code, stderr)
	}
	if code, _, stderr := run(t, "--devnet", dir, "signer", "propose", "0x12"); code != ExitUsage {
		t.Fatalf("malformed address: exit %d, %s", code, stderr)
	}
	if code, _, stderr := run(t, "--rpc", "http://127.0.0.1:1", "node", "status"); code != ExitFailed || !strings.Contains(stderr, "is a node running") {
		t.Fatalf("no node: exit %d, %s", code, stderr)
	}

	// contracts deploy: a dry run sends nothing and writes nothing; a deploy records the
	// address; a second deploy finds nothing to do.
	book := filepath.Join(t.TempDir(), "book.json")
	c := cmdtest.Dial(t, info.RPC())
	nonce := func() uint64 {
		n, err := c.NonceAt(context.Background(), info.Staff.Address, nil)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	before := nonce()
	code, stdout, stderr = run(t, "--devnet", dir, "contracts", "deploy", "--addresses", book, "--dry-run")
	if code != ExitOK || !strings.Contains(stdout, "nothing sent") {
		t.Fatalf("dry run: exit %d\n%s%s", code, stdout, stderr)
	}
	if _, err := os.Stat(book); err == nil || nonce() != before {
		t.Fatal("the dry run wrote the address book or sent a transaction")
	}
	code, stdout, stderr = run(t, "--devnet", dir, "--json", "contracts", "deploy", "--addresses", book)
	var res struct {
		Deployed []struct {
			Name    string `json:"name"`
			Receipt struct {
				Tx      string `json:"tx"`
				GasUsed uint64 `json:"gasUsed"`
			} `json:"receipt"`
		} `json:"deployed"`
	}
	if err := json.Unmarshal([]byte(stdout), &res); err != nil || code != ExitOK || len(res.Deployed) != len(deploy.All()) || res.Deployed[0].Receipt.GasUsed == 0 {
		t.Fatalf("deploy: exit %d, %v\n%s%s", code, err, stdout, stderr)
	}
	sent := nonce()
	code, stdout, _ = run(t, "--devnet", dir, "contracts", "deploy", "--addresses", book)
	if code != ExitOK || !strings.Contains(stdout, "Nothing to deploy") || nonce() != sent {
		t.Fatalf("second deploy: exit %d\n%s", code, stdout)
	}
	if code, _, stderr := run(t, "--devnet", dir, "contracts", "deploy", "--addresses", book, "NoSuch"); code != ExitUsage || !strings.Contains(stderr, "unknown contract") {
		t.Fatalf("unknown contract: exit %d, %s", code, stderr)
	}

	testDevnetFund(t, dir, c, nonce)
}

// testDevnetFund funds several keys in one devnet fund: arguments and a file, one
// transfer each; a bad address anywhere sends nothing.
func testDevnetFund(t *testing.T, dir string, c *ethclient.Client, nonce func() uint64) {
	t.Helper()
	keys := []common.Address{{0xf1}, {0xf2}, {0xf3}, {0xf4}}
	list := filepath.Join(t.TempDir(), "keys.txt")
	os.WriteFile(list, []byte("# the shop's tills\n"+keys[2].Hex()+"  # till 1\n\n"+keys[3].Hex()+"\n"), 0o600)

	before := nonce()
	code, _, stderr := run(t, "--devnet", dir, "devnet", "fund", keys[0].Hex(), "0x12", "--file", list, keys[2].Hex())
	if code != ExitUsage || !strings.Contains(stderr, `argument 2: malformed address: "0x12"`) || !strings.Contains(stderr, list+" line 2: "+keys[2].Hex()+" is already given as argument 3") {
		t.Fatalf("bad addresses: exit %d, %s", code, stderr)
	}
	if nonce() != before {
		t.Fatal("a refused devnet fund sent transactions")
	}

	code, stdout, stderr := run(t, "--devnet", dir, "devnet", "fund", keys[0].Hex(), keys[1].Hex(), "--file", list, "--amount", "2")
	if code != ExitOK || strings.Count(stdout, "Done: send 2 ETH of gas to") != 4 || nonce() != before+4 {
		t.Fatalf("fund four: exit %d\n%s%s", code, stdout, stderr)
	}
	for _, k := range keys {
		if !strings.Contains(stdout, "to "+k.Hex()+" (balance now 2 ETH)") {
			t.Errorf("%s not listed as funded:\n%s", k.Hex(), stdout)
		}
		bal, err := c.BalanceAt(context.Background(), k, nil)
		if err != nil || bal.Cmp(new(big.Int).Mul(big.NewInt(2), big.NewInt(1e18))) != 0 {
			t.Errorf("%s holds %v wei, %v", k.Hex(), bal, err)
		}
	}

	code, stdout, stderr = run(t, "--devnet", dir, "--json", "devnet", "fund", keys[0].Hex(), keys[1].Hex(), "--amount", "1")
	var doc struct {
		Amount, Unit string
		Funded       []struct{ Address, Balance string }
		Transactions []json.RawMessage
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil || code != ExitOK || doc.Amount != "1" || doc.Unit != "ETH" ||
		len(doc.Funded) != 2 || doc.Funded[1].Balance != "3" || len(doc.Transactions) != 2 {
		t.Fatalf("fund in JSON: exit %d, %v\n%s%s", code, err, stdout, stderr)
	}

	// --balances, the check a run stopped half-way advises: the balances, nothing sent.
	before = nonce()
	code, stdout, stderr = run(t, "--devnet", dir, "devnet", "fund", "--balances", keys[0].Hex(), keys[2].Hex())
	if code != ExitOK || !strings.Contains(stdout, keys[0].Hex()+"  3") || !strings.Contains(stdout, keys[2].Hex()+"  2") || nonce() != before {
		t.Fatalf("fund --balances: exit %d\n%s%s", code, stdout, stderr)
	}
}

func containsAddr(list []common.Address, a common.Address) bool {
	for _, x := range list {
		if x == a {
			return true
		}
	}
	return false
}
