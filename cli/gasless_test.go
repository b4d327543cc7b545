package cli

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/seoulchain/seoulchain/bindings/scoin"
	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/txsend"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/devnet"
	"github.com/seoulchain/seoulchain/internal/devnet/devnettest"
)

// TestCitizensOnTheDevnet is a new citizen's path on a devnet with its relayer, as
// `seoulchain devnet` runs it: a key made with `account`, no gas, and S-Coin payments
// relayed; the CLI's own hints run as printed; every --json run prints one document.
func TestCitizensOnTheDevnet(t *testing.T) {
	dir := t.TempDir()
	cfg := devnettest.Config(t, dir)
	cfg.HoldReady = true
	nw := devnettest.Start(t, cfg)

	// Until the relayer serves too, devnet.json says deploying: commands wait, then say so.
	defer func(d time.Duration) { cmdkit.DevnetWait = d }(cmdkit.DevnetWait)
	cmdkit.DevnetWait = 500 * time.Millisecond
	if code, _, stderr := run(t, "--devnet", dir, "mileage", "program", "list"); code != ExitFailed || !strings.Contains(stderr, "still deploying its contracts; try again") {
		t.Fatalf("while deploying: exit %d: %s", code, stderr)
	}
	rel, err := startDevnetRelayer(context.Background(), nw, dir, devnettest.FreePorts(t, 1), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rel.Stop(context.Background()) })
	if err := nw.Ready(); err != nil {
		t.Fatal(err)
	}
	info, err := devnet.ReadInfo(dir)
	if err != nil || info.Deploying || info.RelayerURL == "" {
		t.Fatalf("devnet.json after Ready: %+v, %v", info, err)
	}

	// Keys: new, import from a file, list.
	ks := filepath.Join(t.TempDir(), "keys")
	pw := filepath.Join(t.TempDir(), "pw")
	os.WriteFile(pw, []byte("citizen pw\n"), 0o600)
	newKey := func() string {
		code, stdout, stderr := run(t, "--keystore", ks, "--password-file", pw, "--json", "account", "new", "--lightkdf")
		var out struct{ Address string }
		if code != ExitOK || json.Unmarshal([]byte(stdout), &out) != nil {
			t.Fatalf("account new: exit %d %s %s", code, stdout, stderr)
		}
		return common.HexToAddress(out.Address).Hex()
	}
	citizen, shop := newKey(), newKey()
	raw, _ := crypto.GenerateKey()
	keyFile := filepath.Join(t.TempDir(), "key.hex")
	os.WriteFile(keyFile, []byte(hex.EncodeToString(crypto.FromECDSA(raw))+"\n"), 0o600)
	imported := crypto.PubkeyToAddress(raw.PublicKey).Hex()
	notKey := filepath.Join(t.TempDir(), "notkey")
	os.WriteFile(notKey, []byte("0xSECRETnotakey\n"), 0o600)

	as := func(addr string) []string {
		return []string{"--devnet", dir, "--keystore", ks, "--from", addr, "--password-file", pw}
	}
	city := []string{"--devnet", dir}
	staffAddr := info.Staff.Address.Hex()
	banner := relayerLine(info)
	hint := strings.Fields(banner[strings.Index(banner, "'")+1 : strings.LastIndex(banner, "'")])
	for i, f := range hint {
		if f == "ID" {
			hint[i] = "1"
		}
	}
	steps := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"import a key from a file", []string{"--keystore", ks, "--password-file", pw, "account", "import", "--lightkdf", keyFile}, ExitOK, "Imported " + imported, ""},
		{"import it again", []string{"--keystore", ks, "--password-file", pw, "account", "import", keyFile}, ExitUsage, "", "already in"},
		{"import a file without a key", []string{"--keystore", ks, "--password-file", pw, "account", "import", notKey}, ExitUsage, "", "does not hold a private key"},
		{"list the keys", []string{"--keystore", ks, "account", "list"}, ExitOK, imported, ""},
		{"list the devnet's own keys", append(city, "account", "list"), ExitOK, staffAddr, ""},
		{"the devnet's keys in JSON", append(city, "--json", "account", "list"), ExitOK, `"role": "relayer 2"`, ""},
		{"add a program", append(city, "mileage", "program", "add", "--name", "eco", "--budget", "1,000", "--issuer", staffAddr), ExitOK, "Created program #1", ""},
		{"register the shop", append(city, "mileage", "merchant", "add", shop, "--name", "stall"), ExitOK, "Done", ""},
		{"credit the citizen", append(city, "mileage", "credit", "--program", "1", "--to", citizen, "--amount", "500", "--record", "1"), ExitOK, "Done", ""},
		{"the budget hint as printed", append(city, "mileage", "program", "update", "1", "--budget", "2,000"), ExitOK, "Done", ""},
		{"the devnet banner's hint as printed", append(city, hint...), ExitOK, "Done", ""},
		{"a global option after the arguments", append(city, "mileage", "balance", "--json", citizen), ExitOK, `"`, ""},
		{"no gas and no relayer", append(as(citizen), "--no-relayer", "mileage", "spend", "--to", shop, "--amount", "10", "--ref", "O-1"), ExitFailed, "", "has no gas to pay for this transaction (balance 0 ETH"},
		{"gasless through the devnet's relayer", append(as(citizen), "mileage", "spend", "--to", shop, "--amount", "10", "--ref", "O-1"), ExitOK, "gasless: relayed by " + info.RelayerURL, ""},
		{"gasless, in JSON", append(as(citizen), "mileage", "spend", "--to", shop, "--amount", "5", "--ref", "O-2", "--json"), ExitOK, `"relayer": "` + info.RelayerURL, ""},
		{"refused before relaying", append(as(citizen), "mileage", "spend", "--to", shop, "--amount", "1,000", "--ref", "O-3"), ExitFailed, "", "SCoinInsufficientBalance"},
		{"not relayed and no gas", append(as(shop), "mileage", "redeem", "--amount", "5", "--ref", "S-1"), ExitFailed, "", "devnet fund " + shop},
		{"fund the key", append(city, "devnet", "fund", shop, "--amount", "1"), ExitOK, "balance now 1 ETH", ""},
		{"fund in JSON", append(city, "--json", "devnet", "fund", shop, "--amount", "1"), ExitOK, `"balance": "2"`, ""},
		{"then it pays its own gas", append(as(shop), "mileage", "redeem", "--amount", "5", "--ref", "S-1"), ExitOK, "Done", ""},
		{"a relayer URL that is not one", append(as(citizen), "--relayer", "ftp://x", "mileage", "spend", "--to", shop, "--amount", "1", "--ref", "O-4"), ExitUsage, "", "want http://HOST:PORT"},
	}
	// A payment beyond the balance, replayed at the head as if it had reverted there.
	scoinABI, _ := scoin.SCoinMetaData.GetAbi()
	payTooMuch, _ := scoinABI.Pack("pay", common.HexToAddress(shop), big.NewInt(1_000_000), "O-9")
	defer replayAt(t, info.RPC(), common.HexToAddress(citizen), info.Contracts[deploy.SCoin], payTooMuch)
	for _, s := range steps {
		code, stdout, stderr := run(t, s.args...)
		if code != s.code || !strings.Contains(stdout, s.stdout) || !strings.Contains(stderr, s.stderr) {
			t.Fatalf("%s: exit %d\nstdout %s\nstderr %s\nwant exit %d, %q, %q", s.name, code, stdout, stderr, s.code, s.stdout, s.stderr)
		}
		if strings.Contains(stderr, "SECRET") || strings.Contains(stderr, "citizen pw") {
			t.Fatalf("%s: a key or password in the error: %s", s.name, stderr)
		}
		if n, err := cmdkit.CountJSON([]byte(stdout)); code == ExitOK && strings.Contains(strings.Join(s.args, " "), "--json") && (n != 1 || err != nil) {
			t.Fatalf("%s: want one JSON document, got %s", s.name, stdout)
		}
	}
}

// replayAt checks that an on-chain revert is explained by replaying the call at its block.
func replayAt(t *testing.T, rpc string, from, to common.Address, data []byte) {
	t.Helper()
	ec, err := ethclient.Dial(rpc)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	head, err := ec.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	onChain := fmt.Errorf("%w: 0xabc in block %d", txsend.ErrRevertedOnChain, head)
	err = cmdkit.ReplayRevert(context.Background(), ec, from, to, data, head, onChain)
	var rev *abidecode.Revert
	if !errors.Is(err, txsend.ErrRevertedOnChain) || !errors.As(err, &rev) || rev.Name != "SCoinInsufficientBalance" ||
		!strings.Contains(err.Error(), fmt.Sprintf("replayed at block %d it reverts with", head)) {
		t.Fatalf("replayed revert: %v", err)
	}
}
