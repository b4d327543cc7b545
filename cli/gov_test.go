package cli

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/scoin"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/devnet"
	"github.com/seoulchain/seoulchain/internal/devnet/devnettest"
)

var operationID = regexp.MustCompile(`id: (0x[0-9a-fA-F]{64})`)

// mustRun runs args and fails unless the exit code is want and stdout+stderr contains has.
func mustRun(t *testing.T, want int, has string, args ...string) string {
	t.Helper()
	code, stdout, stderr := run(t, args...)
	if code != want || !strings.Contains(stdout+stderr, has) {
		t.Fatalf("%v: exit %d, want %d with %q\nstdout %s\nstderr %s", args, code, want, has, stdout, stderr)
	}
	return stdout
}

// TestGovUpgradesSCoinThroughTheCouncil is the end-to-end upgrade on a devnet: S-Coin
// holds programs, merchants and credits; the staff council (1 of 1, 10 s) upgrades it to a
// new implementation with `gov upgrade` and `gov execute`, refusals along the way are
// named, and every balance, program and record is intact afterwards.
func TestGovUpgradesSCoinThroughTheCouncil(t *testing.T) {
	dir := t.TempDir()
	nw := devnettest.Start(t, devnettest.Config(t, dir))
	info := nw.Info()
	city := []string{"--devnet", dir}
	staff := cmdtest.StaffSender(t, dir)
	stray := cmdtest.NewParty(t, staff)
	citizens := []common.Address{common.HexToAddress("0xc1"), common.HexToAddress("0xc2")}
	shop := common.HexToAddress("0x5b")

	mustRun(t, cmdkit.ExitOK, "Created program #1", append(city, "mileage", "program", "add", "--name", "eco mileage", "--budget", "1,000,000", "--issuer", info.Staff.Address.Hex())...)
	mustRun(t, cmdkit.ExitOK, "Done", append(city, "mileage", "merchant", "add", "--name", "Mangwon stall 12", shop.Hex())...)
	for i, who := range citizens {
		mustRun(t, cmdkit.ExitOK, "Done", append(city, "mileage", "credit", "--program", "1", "--to", who.Hex(), "--amount", "5,000", "--record", string(rune('1'+i)))...)
	}

	ec := cmdtest.Dial(t, info.RPC())
	sc, err := scoin.NewSCoinCaller(info.Contracts[deploy.SCoin], ec)
	if err != nil {
		t.Fatal(err)
	}
	type state struct {
		Balances []*big.Int
		Supply   *big.Int
		Programs *big.Int
		Budget   *big.Int
		Recorded []bool
		Merchant bool
	}
	snapshot := func() state {
		t.Helper()
		opts := &bind.CallOpts{}
		var s state
		for _, who := range citizens {
			b, err := sc.BalanceOf(opts, who)
			if err != nil {
				t.Fatal(err)
			}
			s.Balances = append(s.Balances, b)
			ok, _ := sc.RecordCredited(opts, 1, info.Staff.Address, uint64(len(s.Recorded)+1))
			s.Recorded = append(s.Recorded, ok)
		}
		s.Supply, _ = sc.TotalSupply(opts)
		s.Programs, _ = sc.ProgramCount(opts)
		p, err := sc.ProgramInfo(opts, 1)
		if err != nil {
			t.Fatal(err)
		}
		s.Budget = p.RemainingBudget
		m, _ := sc.MerchantInfo(opts, shop)
		s.Merchant = m.Registered
		return s
	}
	before := snapshot()
	if before.Balances[1].Int64() != 5000 || !before.Recorded[1] || !before.Merchant {
		t.Fatalf("state before the upgrade: %+v", before)
	}
	oldImpl := info.Contracts[deploy.Impl(deploy.SCoin)]

	// The council's roles as `contracts roles` lists them.
	var roles []roleRow
	if err := json.Unmarshal([]byte(mustRun(t, cmdkit.ExitOK, "", append(city, "--json", "contracts", "roles")...)), &roles); err != nil {
		t.Fatal(err)
	}
	councilAdmin := false
	for _, r := range roles {
		councilAdmin = councilAdmin || (r.Contract == deploy.SCoin && r.Role == deploy.DefaultAdminRole && r.HolderName == deploy.CityCouncil)
	}
	if !councilAdmin {
		t.Fatalf("contracts roles does not show the council as S-Coin's admin: %+v", roles)
	}

	out := mustRun(t, cmdkit.ExitOK, "Done: propose to the council: upgrade SCoin", append(city, "gov", "upgrade", "SCoin")...)
	m := operationID.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no operation id in:\n%s", out)
	}
	id := m[1]
	mustRun(t, cmdkit.ExitFailed, "CouncilTooEarly", append(city, "gov", "execute", id)...)
	mustRun(t, cmdkit.ExitFailed, "CouncilAlreadyApproved", append(city, "gov", "approve", id)...)
	mustRun(t, cmdkit.ExitFailed, "CouncilNotMember", append(append([]string{"--devnet", dir}, stray.Flags...), "gov", "approve", id)...)
	mustRun(t, cmdkit.ExitFailed, "CouncilNotMember", append(append([]string{"--devnet", dir}, stray.Flags...), "gov", "cancel", id)...)
	mustRun(t, cmdkit.ExitUsage, "OPERATION", append(city, "gov", "execute", "0x12")...)
	mustRun(t, cmdkit.ExitOK, "SCoin.upgradeToAndCall(", append(city, "gov", "list")...)

	// Any staff command, proposed to the council instead of sent (--via-council): simulated
	// first as the council will run it, so one the council may not make is refused now.
	bankA := common.HexToAddress("0xbaa")
	out = mustRun(t, cmdkit.ExitOK, "proposed: 1 of the 1 members approve", append(city, "--via-council", "contracts", "grant", "KRWToken", "ISSUER_ROLE", bankA.Hex())...)
	viaID := operationID.FindStringSubmatch(out)
	if viaID == nil || !strings.Contains(out, "Done: propose to the council: grant ISSUER_ROLE") {
		t.Fatalf("--via-council contracts grant:\n%s", out)
	}
	mustRun(t, cmdkit.ExitOK, "KRWToken.grantRole(", append(city, "gov", "list")...)
	mustRun(t, cmdkit.ExitFailed, "as the council would run it", append(city, "--via-council", "mileage", "credit", "--program", "1", "--to", citizens[0].Hex(), "--amount", "1", "--record", "9")...)
	mustRun(t, cmdkit.ExitUsage, "--salt", append(city, "--via-council", "--salt", "0x12", "contracts", "grant", "KRWToken", "ISSUER_ROLE", bankA.Hex())...)

	time.Sleep(devnet.CouncilDelay + 2*time.Second)
	if has, _ := deploy.HasRole(context.Background(), ec, info.Contracts[deploy.KRWToken], deploy.KRWToken, "ISSUER_ROLE", bankA); has {
		t.Fatal("the proposed grant took effect before it was executed")
	}
	mustRun(t, cmdkit.ExitOK, "Done: execute", append(city, "gov", "execute", viaID[1])...)
	if has, err := deploy.HasRole(context.Background(), ec, info.Contracts[deploy.KRWToken], deploy.KRWToken, "ISSUER_ROLE", bankA); !has || err != nil {
		t.Fatalf("the council's grant did not take effect: %v", err)
	}
	mustRun(t, cmdkit.ExitOK, "Upgraded", append(append([]string{"--devnet", dir}, stray.Flags...), "gov", "execute", id)...)
	mustRun(t, cmdkit.ExitFailed, "CouncilAlreadyExecuted", append(city, "gov", "execute", id)...)

	after, err := devnet.ReadInfo(dir)
	if err != nil {
		t.Fatal(err)
	}
	newImpl := after.Contracts[deploy.Impl(deploy.SCoin)]
	live, err := deploy.ImplementationOf(context.Background(), ec, info.Contracts[deploy.SCoin])
	if err != nil || newImpl == oldImpl || live != newImpl {
		t.Fatalf("implementation: book %s (was %s), proxy %s, %v", newImpl, oldImpl, live, err)
	}
	if got := snapshot(); !reflect.DeepEqual(got, before) {
		t.Fatalf("the upgrade changed S-Coin's state:\nbefore %+v\nafter  %+v", before, got)
	}
	mustRun(t, cmdkit.ExitOK, "was already credited", append(city, "mileage", "credit", "--program", "1", "--to", citizens[0].Hex(), "--amount", "5,000", "--record", "1")...)
	mustRun(t, cmdkit.ExitOK, "Done", append(city, "mileage", "credit", "--program", "1", "--to", citizens[0].Hex(), "--amount", "7", "--record", "3")...)

	// A cancelled operation never runs.
	out = mustRun(t, cmdkit.ExitOK, "Done", append(city, "gov", "propose", "grant", "KRWToken", "ISSUER_ROLE", stray.Addr.Hex())...)
	cancelled := operationID.FindStringSubmatch(out)[1]
	mustRun(t, cmdkit.ExitOK, "Done: cancel", append(city, "gov", "cancel", cancelled)...)
	mustRun(t, cmdkit.ExitFailed, "CouncilOperationCancelled", append(city, "gov", "execute", cancelled)...)
	mustRun(t, cmdkit.ExitUsage, "no role", append(city, "gov", "propose", "grant", "KRWToken", "MINTER_ROLE", stray.Addr.Hex())...)

	// A real network's deploy: the council gets every power, the bank its role, and the
	// deploying key none: its direct admin calls are refused.
	book := filepath.Join(t.TempDir(), "book.json")
	councilFile := filepath.Join(t.TempDir(), "council.json")
	bank := common.HexToAddress("0xba")
	os.WriteFile(councilFile, []byte(`{"members": ["`+stray.Addr.Hex()+`"], "threshold": 1, "delaySeconds": 172800,
		"operators": {"KRWToken": {"ISSUER_ROLE": ["`+bank.Hex()+`"]}}}`), 0o644)
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"members": [], "threshold": 1}`), 0o644)
	mustRun(t, cmdkit.ExitUsage, "threshold 1 with 0 members", append(city, "contracts", "deploy", "--addresses", book, "--council", bad)...)
	mustRun(t, cmdkit.ExitOK, "renounce DEFAULT_ADMIN_ROLE of SCoin", append(city, "contracts", "deploy", "--addresses", book, "--council", councilFile)...)
	roles = nil
	if err := json.Unmarshal([]byte(mustRun(t, cmdkit.ExitOK, "", append(city, "--json", "contracts", "roles", "--addresses", book)...)), &roles); err != nil {
		t.Fatal(err)
	}
	bankIssuer := false
	for _, r := range roles {
		if r.Holder == info.Staff.Address {
			t.Errorf("the deploying key still holds %s of %s", r.Role, r.Contract)
		}
		bankIssuer = bankIssuer || (r.Contract == deploy.KRWToken && r.Role == "ISSUER_ROLE" && r.Holder == bank)
	}
	if !bankIssuer {
		t.Errorf("the bank is not the KRW issuer: %+v", roles)
	}
	mustRun(t, cmdkit.ExitFailed, "AccessControlUnauthorizedAccount", append(city, "contracts", "grant", "--addresses", book, "KRWToken", "ISSUER_ROLE", info.Staff.Address.Hex())...)
	mustRun(t, cmdkit.ExitFailed, "CouncilNotMember", append(city, "gov", "propose", "unpause", "--addresses", book, "SCoin")...)
}
