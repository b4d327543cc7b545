// Package cmdtest runs commands in-process for tests, exactly as the binary does (cmdkit's
// app, flags, exit codes), against a local network shared by a package's tests: each
// service's tests use it without importing the binary's package.
package cmdtest

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/devnet"
	"github.com/seoulchain/seoulchain/internal/devnet/devnettest"
	"github.com/seoulchain/seoulchain/internal/txsend"
	"github.com/seoulchain/seoulchain/internal/wallet"
)

// Runner runs command lines through an app made of its commands.
type Runner []func() *cli.Command

// Run runs seoulchain args and returns the exit code and what was printed. Commands are
// built fresh for each run: urfave/cli mutates them as it runs them.
func (r Runner) Run(t testing.TB, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	cmds := make([]*cli.Command, len(r))
	for i, f := range r {
		cmds[i] = f()
	}
	var out, errb bytes.Buffer
	app := cmdkit.NewApp(&out, &errb, cmds...)
	app.Name = "seoulchain"
	code = cmdkit.Run(context.Background(), app, append([]string{"seoulchain"}, args...))
	if code == cmdkit.ExitOK && jsonMode(args) {
		if n, err := cmdkit.CountJSON(out.Bytes()); n != 1 || err != nil {
			t.Errorf("seoulchain %s: --json printed %d JSON documents (%v), want exactly one:\n%s", strings.Join(args, " "), n, err, out.String())
		}
	}
	return code, out.String(), errb.String()
}

// jsonMode reports whether a command line asks for JSON: every command's --json output
// must be exactly one JSON document, and every test run checks it.
func jsonMode(args []string) bool {
	for _, a := range args {
		if a == "--" {
			break
		}
		if a == "--json" || a == "-json" || a == "--json=true" {
			return true
		}
	}
	return os.Getenv(cmdkit.EnvPrefix+"JSON") == "true"
}

// Devnet is one local network shared by a package's tests, started by the first test
// that asks for it: starting one takes most of a test's time on 2 cores. The package's
// TestMain stops it after m.Run.
type Devnet struct {
	once sync.Once
	dir  string
	nw   *devnet.Network
	err  error
}

// Dir starts the network if needed and returns its directory, for --devnet.
func (d *Devnet) Dir(t testing.TB) string {
	t.Helper()
	d.once.Do(func() {
		d.dir, d.err = os.MkdirTemp("", "cmdtest-devnet-")
		if d.err != nil {
			return
		}
		d.nw, d.err = devnet.New(devnettest.Config(t, d.dir), nil)
		if d.err != nil {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
		defer cancel()
		d.err = d.nw.Start(ctx)
	})
	if d.err != nil {
		t.Fatalf("start devnet: %v", d.err)
	}
	return d.dir
}

// Info is the shared network's devnet.json.
func (d *Devnet) Info(t testing.TB) *devnet.Info {
	t.Helper()
	info, err := devnet.ReadInfo(d.Dir(t))
	if err != nil {
		t.Fatal(err)
	}
	return info
}

// Stop stops the network, if it was started, and removes its directory.
func (d *Devnet) Stop() {
	if d.nw != nil {
		d.nw.Stop(context.Background())
	}
	if d.dir != "" {
		os.RemoveAll(d.dir)
	}
}

// Main is a package's TestMain: it runs the tests, then stops the shared network (tests
// start it on first use), and exits with the tests' code.
func (d *Devnet) Main(m *testing.M) {
	code := m.Run()
	d.Stop()
	os.Exit(code)
}

// Dial connects to url, closed when the test ends.
func Dial(t testing.TB, url string) *ethclient.Client {
	t.Helper()
	c, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// LoadStaff unlocks a devnet's staff key.
func LoadStaff(t testing.TB, dir string) *ecdsa.PrivateKey {
	t.Helper()
	info, err := devnet.ReadInfo(dir)
	if err != nil {
		t.Fatal(err)
	}
	key, err := info.Staff.Unlock()
	if err != nil {
		t.Fatal(err)
	}
	return key.PrivateKey
}

// StaffSender is a sender from the devnet's staff account, for a test's own setup.
func StaffSender(t testing.TB, dir string) *txsend.Sender {
	t.Helper()
	info, err := devnet.ReadInfo(dir)
	if err != nil {
		t.Fatal(err)
	}
	abis, _ := deploy.ABIs()
	s, err := txsend.New(context.Background(), Dial(t, info.RPC()), LoadStaff(t, dir), nil, abis...)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// Party is a fresh account with gas and the flags that send from it.
type Party struct {
	Addr  common.Address
	Flags []string
}

// NewParty creates a key in a temporary keystore and funds it with gas from staff.
func NewParty(t testing.TB, staff *txsend.Sender) Party {
	t.Helper()
	p := NewGaslessParty(t)
	gas := new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18))
	if _, err := staff.Send(context.Background(), txsend.Candidate{To: &p.Addr, Value: gas}); err != nil {
		t.Fatalf("fund %s with gas: %v", p.Addr, err)
	}
	return p
}

// NewGaslessParty creates a key in a temporary keystore, with no gas: a citizen whose
// actions go through the relayer.
func NewGaslessParty(t testing.TB) Party {
	t.Helper()
	dir := t.TempDir()
	addr, keyFile, err := wallet.NewKey(dir, "pw", true)
	if err != nil {
		t.Fatal(err)
	}
	pw := filepath.Join(dir, "password")
	if err := os.WriteFile(pw, []byte("pw\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return Party{Addr: addr, Flags: []string{"--keystore", keyFile, "--password-file", pw}}
}
