package mileage

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
)

// creditFile writes a credit CSV for records first..first+n-1 to distinct citizens.
func creditFile(t *testing.T, first, n int) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("citizen,amount,record\n")
	for i := first; i < first+n; i++ {
		fmt.Fprintf(&b, "0x%040x,%d,%d\n", 0xc171_0000+i, 100, i)
	}
	path := filepath.Join(t.TempDir(), fmt.Sprintf("credits-%d-%d.csv", first, n))
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestMileageCommands runs S-Coin as the city, an issuing system, a citizen and a merchant
// would, each with their own key, on an in-process devnet.
func TestMileageCommands(t *testing.T) {
	dir := network.Dir(t)
	info := network.Info(t)
	staff := cmdtest.StaffSender(t, dir)
	citizen, shop := cmdtest.NewParty(t, staff), cmdtest.NewParty(t, staff)
	city := []string{"--devnet", dir}
	as := func(p cmdtest.Party) []string { return append([]string{"--devnet", dir}, p.Flags...) }
	staffAddr := info.Staff.Address.Hex()

	bad := filepath.Join(t.TempDir(), "bad.csv")
	os.WriteFile(bad, []byte("0x00000000000000000000000000000000000000a1,100,1\n0xabc,100,2\n0x00000000000000000000000000000000000000a3,1.5,3\n0x00000000000000000000000000000000000000a4,100,1\n"), 0o644)
	toShop := filepath.Join(t.TempDir(), "shop.csv")
	os.WriteFile(toShop, []byte(shop.Addr.Hex()+",100,900\n"), 0o644)
	full := creditFile(t, 1000, 120)
	firstBatch := creditFile(t, 1000, 50) // what an interrupted run had sent
	// An export that wrote one line twice: record 2000 on lines 2 and 3.
	repeated := filepath.Join(t.TempDir(), "repeated.csv")
	line := fmt.Sprintf("0x%040x,100,2000\n", 0xc172_0000)
	os.WriteFile(repeated, []byte("citizen,amount,record\n"+line+line), 0o644)
	overBudget := creditFile(t, 3000, 1)

	steps := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"add a program", append(city, "mileage", "program", "add", "--name", "eco mileage", "--budget", "1,000,000", "--issuer", staffAddr), cmdkit.ExitOK,
			"Created program #1 \"eco mileage\" (budget 1,000,000 S-Coin, 1 issuer)", ""},
		{"adding it again sends nothing", append(city, "mileage", "program", "add", "--name", "eco mileage", "--budget", "1,000,000"), cmdkit.ExitOK, "already exists as #1", ""},
		{"register the shop", append(city, "mileage", "merchant", "add", "--name", "Mangwon stall 12", shop.Addr.Hex()), cmdkit.ExitOK, "Done: register merchant", ""},
		{"a citizen is no issuer", append(as(citizen), "mileage", "credit", "--program", "1", "--to", citizen.Addr.Hex(), "--amount", "5", "--record", "1"), cmdkit.ExitFailed, "", "SCoinNotIssuer"},
		{"credit one", append(city, "mileage", "credit", "--program", "1", "--to", citizen.Addr.Hex(), "--amount", "5,000", "--record", "1"), cmdkit.ExitOK, "Done: credit 5,000 S-Coin", ""},
		{"the same credit again sends nothing", append(city, "mileage", "credit", "--program", "1", "--to", citizen.Addr.Hex(), "--amount", "5,000", "--record", "1"), cmdkit.ExitOK, "was already credited", ""},
		{"the same record for another amount", append(city, "mileage", "credit", "--program", "1", "--to", citizen.Addr.Hex(), "--amount", "50", "--record", "1"), cmdkit.ExitFailed, "", "this command asks for 50"},
		{"a malformed file", append(city, "mileage", "credit", "--program", "1", "--csv", bad), cmdkit.ExitUsage, "", "line 2 citizen"},
		{"a file crediting a merchant", append(city, "mileage", "credit", "--program", "1", "--csv", toShop), cmdkit.ExitUsage, "", "is a merchant"},
		{"the first batch, then an interruption", append(city, "mileage", "credit", "--program", "1", "--csv", firstBatch), cmdkit.ExitOK, "Credited 50 of 50", ""},
		{"the whole file after the interruption", append(city, "mileage", "credit", "--program", "1", "--batch-size", "30", "--csv", full), cmdkit.ExitOK, "in 3 transactions.\n50 records were already credited", ""},
		{"the whole file once more", append(city, "mileage", "credit", "--program", "1", "--csv", full), cmdkit.ExitOK, "All 120 credits", ""},
		{"a repeated line refuses the file", append(city, "mileage", "credit", "--program", "1", "--csv", repeated), cmdkit.ExitUsage, "",
			"line 3 record ID: record 2000 is also on line 2: one record is one credit (a line repeated exactly is skipped with --skip-duplicates)"},
		{"unless skipped", append(city, "mileage", "credit", "--program", "1", "--skip-duplicates", "--csv", repeated), cmdkit.ExitOK,
			"Skipped 1 line repeating an earlier line: line 3 (record 2000, as on line 2).\nCredited 1 of 1 record in " + repeated + " (100 S-Coin) in 1 transaction.\n", ""},
		{"skipped again, nothing left", append(city, "mileage", "credit", "--program", "1", "--skip-duplicates", "--csv", repeated), cmdkit.ExitOK, "The 1 credit in " + repeated + " was already credited", ""},
		{"a second issuer", append(city, "mileage", "program", "update", "--issuer", citizen.Addr.Hex(), "1"), cmdkit.ExitOK, "Done", ""},
		{"its record 1 is its own, not the first issuer's", append(as(citizen), "mileage", "credit", "--program", "1", "--to", citizen.Addr.Hex(), "--amount", "5", "--record", "1"), cmdkit.ExitOK, "Done: credit 5 S-Coin", ""},
		{"and it resumes its own records", append(as(citizen), "mileage", "credit", "--program", "1", "--to", citizen.Addr.Hex(), "--amount", "5", "--record", "1"), cmdkit.ExitOK, "was already credited", ""},
		{"balance with expiry", append(city, "mileage", "balance", citizen.Addr.Hex()), cmdkit.ExitOK, "EXPIRES (UTC)", ""},
		{"balance for scripts: a plain decimal and the unit", append(city, "mileage", "balance", citizen.Addr.Hex(), "--json"), cmdkit.ExitOK, `"unit": "S-Coin"`, ""},
		{"pay a citizen", append(as(citizen), "mileage", "spend", "--to", staffAddr, "--amount", "10", "--ref", "O-0"), cmdkit.ExitFailed, "", "SCoinNotMerchant"},
		{"pay the shop", append(as(citizen), "mileage", "spend", "--to", shop.Addr.Hex(), "--amount", "3,000", "--ref", "ORDER-1"), cmdkit.ExitOK, "Done: pay 3,000", ""},
		{"the same payment again sends nothing", append(as(citizen), "mileage", "spend", "--to", shop.Addr.Hex(), "--amount", "3,000", "--ref", "ORDER-1"), cmdkit.ExitOK, "already made", ""},
		{"more than the balance", append(as(citizen), "mileage", "spend", "--to", shop.Addr.Hex(), "--amount", "2,006", "--ref", "ORDER-2"), cmdkit.ExitFailed, "", "SCoinInsufficientBalance"},
		{"the shop redeems", append(as(shop), "mileage", "redeem", "--amount", "2,500", "--ref", "SETTLE-1"), cmdkit.ExitOK, "Done: redeem 2,500", ""},
		{"the same settlement again sends nothing", append(as(shop), "mileage", "redeem", "--amount", "2,500", "--ref", "SETTLE-1"), cmdkit.ExitOK, "already redeemed", ""},
		{"merchant balance", append(city, "mileage", "balance", shop.Addr.Hex()), cmdkit.ExitOK, "500 S-Coin (merchant", ""},
		{"request a recovery", append(city, "mileage", "recover", "request", "--to", common.HexToAddress("0xbeef").Hex(), citizen.Addr.Hex()), cmdkit.ExitOK, "Done: request the move", ""},
		{"requesting it again sends nothing", append(city, "mileage", "recover", "request", "--to", common.HexToAddress("0xbeef").Hex(), citizen.Addr.Hex()), cmdkit.ExitOK, "already requested", ""},
		{"no spending while it is pending", append(as(citizen), "mileage", "spend", "--to", shop.Addr.Hex(), "--amount", "1", "--ref", "ORDER-3"), cmdkit.ExitFailed, "", "SCoinRecoveryPending"},
		{"too early to execute", append(city, "mileage", "recover", "execute", citizen.Addr.Hex()), cmdkit.ExitFailed, "", "SCoinRecoveryTooEarly"},
		{"the citizen cancels and is told of the freeze", append(as(citizen), "mileage", "recover", "cancel", citizen.Addr.Hex()), cmdkit.ExitOK,
			"Spending from " + citizen.Addr.Hex() + " is now frozen until a recovery officer runs 'seoulchain mileage recover unfreeze " + citizen.Addr.Hex() + "'", ""},
		{"a self-cancel freezes", append(city, "mileage", "balance", citizen.Addr.Hex()), cmdkit.ExitOK, "Frozen: the address cancelled a recovery", ""},
		{"no spending while frozen", append(as(citizen), "mileage", "spend", "--to", shop.Addr.Hex(), "--amount", "1", "--ref", "ORDER-3"), cmdkit.ExitFailed, "", "SCoinAccountFrozen"},
		{"a citizen cannot unfreeze", append(as(citizen), "mileage", "recover", "unfreeze", citizen.Addr.Hex()), cmdkit.ExitFailed, "", "AccessControlUnauthorizedAccount"},
		{"the officer unfreezes", append(city, "mileage", "recover", "unfreeze", citizen.Addr.Hex()), cmdkit.ExitOK, "Done: let", ""},
		{"unfreezing again sends nothing", append(city, "mileage", "recover", "unfreeze", citizen.Addr.Hex()), cmdkit.ExitOK, "is not frozen", ""},
		{"spending again", append(as(citizen), "mileage", "spend", "--to", shop.Addr.Hex(), "--amount", "1", "--ref", "ORDER-3"), cmdkit.ExitOK, "Done: pay 1", ""},
		{"program list", append(city, "mileage", "program", "list"), cmdkit.ExitOK, "17,105", ""},
		{"the budget runs out (options after arguments)", append(city, "mileage", "program", "update", "1", "--budget", "0"), cmdkit.ExitOK, "Done", ""},
		{"one credit over the budget", append(city, "mileage", "credit", "--program", "1", "--csv", overBudget), cmdkit.ExitFailed, "", "the 1 credit still to send needs 100"},
		{"merchant list", append(city, "mileage", "merchant", "list"), cmdkit.ExitOK, "Mangwon stall 12", ""},
		{"report", append(city, "mileage", "report"), cmdkit.ExitOK, "Checked: the events add up", ""},
	}
	for _, s := range steps {
		code, stdout, stderr := run(t, s.args...)
		if code != s.code || !strings.Contains(stdout, s.stdout) || !strings.Contains(stderr, s.stderr) {
			t.Fatalf("%s: exit %d\nstdout %s\nstderr %s\nwant exit %d, %q, %q", s.name, code, stdout, stderr, s.code, s.stdout, s.stderr)
		}
	}
	code, stdout, stderr := run(t, append(city, "--json", "mileage", "report")...)
	// Amounts in JSON are plain decimal strings, with the unit.
	var rep struct {
		Unit     string
		Supply   string
		Programs []struct {
			Unit, Issued, Spent, Redeemed, Outstanding string
			Credits                                    int
		}
		Merchants []struct{ Unit, Received, Held string }
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil || code != cmdkit.ExitOK {
		t.Fatalf("report --json: exit %d, %v\n%s%s", code, err, stdout, stderr)
	}
	p := rep.Programs[0]
	// 5,000 + 120 × 100 + 100 (the repeated line, once) + 5 (the second issuer's) issued;
	// 3,001 spent, 2,500 of it redeemed; nothing expired yet.
	if p.Issued != "17105" || p.Spent != "3001" || p.Redeemed != "2500" || p.Outstanding != "14104" || p.Credits != 123 || p.Unit != Unit || rep.Unit != Unit {
		t.Fatalf("program totals %+v", p)
	}
	if m := rep.Merchants[0]; m.Received != "3001" || m.Held != "501" || m.Unit != Unit {
		t.Fatalf("merchant totals %+v", m)
	}
}

func TestMileageProgramIDOutOfRange(t *testing.T) {
	code, _, stderr := run(t, "mileage", "credit", "--program", "4294967297", "--csv", "credits.csv")
	if code != cmdkit.ExitUsage || !strings.Contains(stderr, "4294967297 is not a program ID") {
		t.Fatalf("exit %d: %s", code, stderr)
	}
}
