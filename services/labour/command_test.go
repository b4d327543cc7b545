package labour

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
	"github.com/seoulchain/seoulchain/internal/wallet"
	"github.com/seoulchain/seoulchain/services/cred"
	"github.com/seoulchain/seoulchain/services/krw"
	"github.com/seoulchain/seoulchain/services/labour/wage"
)

// labourCLI runs labour commands on the package's devnet as one party.
type labourCLI struct {
	t     *testing.T
	dir   string
	flags []string
}

func (e labourCLI) must(code int, stdout, stderr string, args ...string) string {
	e.t.Helper()
	full := append(append([]string{"--devnet", e.dir}, e.flags...), append([]string{"labour"}, args...)...)
	gotCode, out, errOut := run(e.t, full...)
	if gotCode != code || !strings.Contains(out, stdout) || !strings.Contains(errOut, stderr) {
		e.t.Fatalf("labour %v: exit %d, stdout %q, stderr %q; want exit %d, %q, %q", args, gotCode, out, errOut, code, stdout, stderr)
	}
	return out
}

// gaslessKey is a key with no ether: whatever it sends, the relayer must pay for.
func gaslessKey(t *testing.T) (string, []string) {
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
	return addr.Hex(), []string{"--keystore", keyFile, "--password-file", pw}
}

// TestLabourCommands walks a part-timer's contract on a devnet: the employer proposes, the
// worker signs and confirms a week gaslessly, payroll computes and pays it, the worker's
// history and the relayer's view show it, and each refusal names its fix.
func TestLabourCommands(t *testing.T) {
	dir := network.Dir(t)
	staffSender := cmdtest.StaffSender(t, dir)
	boss := cmdtest.NewParty(t, staffSender)
	worker, workerFlags := gaslessKey(t)
	relayURL := startRelayer(t, dir)
	workerFlags = append(workerFlags, "--relayer", relayURL)
	office := labourCLI{t, dir, nil}
	employer := labourCLI{t, dir, boss.Flags}
	w := labourCLI{t, dir, workerFlags}

	office.must(cmdkit.ExitOK, "2026-01-01  10320", "", "minwage", "show")

	// The contract started on a Monday five weeks ago or more; the week paid is a full
	// Monday–Friday at least two days back.
	today := wage.DayOf(time.Now())
	start := (today - 35).Monday()
	mon := (today - 9).Monday()
	doc := filepath.Join(t.TempDir(), "contract.pdf")
	os.WriteFile(doc, []byte("%PDF signed contract"), 0o644)
	propose := []string{"contract", "propose", "--worker", worker, "--days", "mon-fri", "--daily-hours", "4",
		"--start", start.String(), "--payday", "10", "--document", doc}
	employer.must(cmdkit.ExitUsage, "", "under 10320 won in force", append(propose, "--wage", "10,000")...)
	employer.must(cmdkit.ExitUsage, "", "--days", append(propose[:len(propose):len(propose)], "--wage", "10320", "--days", "weekdays")...)
	var made struct{ ID string }
	if err := json.Unmarshal([]byte(employer.must(cmdkit.ExitOK, "", "", append([]string{"--json"}, append(propose, "--wage", "10,320")...)...)), &made); err != nil || made.ID == "" {
		t.Fatalf("propose --json: %+v %v", made, err)
	}
	id := made.ID
	employer.must(cmdkit.ExitOK, "proposed already", "", append(propose, "--wage", "10,320")...)
	submit := func(day wage.Day, start, end string) []string {
		return []string{"timesheet", "submit", id, "--day", day.String(), "--start", start, "--end", end}
	}
	employer.must(cmdkit.ExitFailed, "", "LabourContractNotActive", submit(mon, "10:00", "14:00")...)
	employer.must(cmdkit.ExitFailed, "", "for worker "+worker, "contract", "sign", id)

	// The worker has no gas: signing goes through the relayer.
	w.must(cmdkit.ExitOK, "gasless", "", "contract", "sign", id)
	w.must(cmdkit.ExitOK, "already", "", "contract", "sign", id)

	// Monday alone, then the rest of the week as a timesheet file, in one transaction.
	employer.must(cmdkit.ExitOK, "Done: submit", "", submit(mon, "10:00", "14:00")...)
	days := []string{mon.String()}
	sheet := "date,start,end\n"
	for i := wage.Day(1); i < 5; i++ {
		sheet += fmt.Sprintf("%s,10:00,14:00\n", mon+i)
		days = append(days, (mon + i).String())
	}
	csvFile := filepath.Join(t.TempDir(), "week.csv")
	os.WriteFile(csvFile, []byte(sheet), 0o644)
	employer.must(cmdkit.ExitOK, "Done: submit contract #"+id+"'s 4 shifts", "", "timesheet", "submit", id, "--csv", csvFile)
	employer.must(cmdkit.ExitOK, "4 shifts are submitted already", "", "timesheet", "submit", id, "--csv", csvFile)
	employer.must(cmdkit.ExitOK, "submitted already", "", submit(mon, "10:00", "14:00")...)
	employer.must(cmdkit.ExitFailed, "", "LabourShiftOverlap", submit(mon, "11:00", "12:00")...)
	employer.must(cmdkit.ExitFailed, "", "LabourDayOutsideContract", submit(start-1, "10:00", "14:00")...)
	employer.must(cmdkit.ExitUsage, "", "HH:MM", submit(mon+6, "10", "14:00")...)
	w.must(cmdkit.ExitFailed, "", "LabourNotEmployer", submit(mon+6, "10:00", "14:00")...)
	w.must(cmdkit.ExitOK, "gasless", "", append([]string{"timesheet", "confirm", id}, days...)...)
	w.must(cmdkit.ExitOK, "confirmed already", "", append([]string{"timesheet", "confirm", id}, days...)...)

	// 20 h × 10,320 = 206,400 and a 4 h weekly holiday, 41,280.
	period := []string{"--since", mon.String(), "--until", (mon + 6).String()}
	out := office.must(cmdkit.ExitOK, "247,680", "", append([]string{"payroll", "compute", id}, period...)...)
	for _, want := range []string{"base pay", "206,400", "weekly paid holiday", "41,280"} {
		if !strings.Contains(out, want) {
			t.Fatalf("payslip without %q:\n%s", want, out)
		}
	}
	employer.must(cmdkit.ExitFailed, "", "labour deposit --amount 247680", append([]string{"payroll", "pay", id}, period...)...)
	w.must(cmdkit.ExitFailed, "", "not the sending key", append([]string{"payroll", "pay", id}, period...)...)
	employer.must(cmdkit.ExitUsage, "", "IDs, --all", append([]string{"payroll", "pay"}, period...)...)
	employer.must(cmdkit.ExitUsage, "", "--in-flight 2000: want 1 to 1,024", append([]string{"payroll", "pay", "--in-flight", "2000", id}, period...)...)
	office.must(cmdkit.ExitUsage, "", "--employer is required", append([]string{"payroll", "compute", "--all"}, period...)...)
	office.must(cmdkit.ExitOK, "247,680", "", append([]string{"payroll", "compute", "--all", "--employer", boss.Addr.Hex()}, period...)...)
	badHolidays := filepath.Join(t.TempDir(), "holidays.txt")
	os.WriteFile(badHolidays, []byte("# our shop\n"+mon.String()+" founder's day\n07/17\n"), 0o644)
	office.must(cmdkit.ExitUsage, "", "line 3", append([]string{"payroll", "compute", id, "--holidays", badHolidays}, period...)...)

	if code, o, e := (cmdtest.Runner{krw.Command}).Run(t, "--devnet", dir, "krw", "mint", "--to", boss.Addr.Hex(), "--amount", "1,000,000", "--ref", "DEP-LABOUR-1"); code != 0 {
		t.Fatalf("krw mint: %s %s", o, e)
	}
	employer.must(cmdkit.ExitOK, "Done: deposit 1,000,000 KRW", "", "deposit", "--amount", "1,000,000")
	employer.must(cmdkit.ExitOK, "Done: record and pay 1 payslip (247,680 KRW)", "", append([]string{"payroll", "pay", "--all"}, period...)...)
	employer.must(cmdkit.ExitOK, "paid already", "", append([]string{"payroll", "pay", id}, period...)...)
	employer.must(cmdkit.ExitFailed, "", "no confirmed, unpaid hours", "payroll", "pay", id, "--since", (mon + 7).String(), "--until", (mon + 8).String())
	if code, o, _ := (cmdtest.Runner{krw.Command}).Run(t, "--devnet", dir, "krw", "balance", worker); code != 0 || !strings.Contains(o, "247,680") {
		t.Fatalf("worker's KRW: %s", o)
	}
	// 1,000,000 − 247,680 is left; nothing is reserved (the payslip was paid as recorded).
	employer.must(cmdkit.ExitFailed, "", "752,320 KRW deposited, less than 752,321", "withdraw", "--amount", "752,321")
	employer.must(cmdkit.ExitOK, "Done: withdraw 2,320 KRW", "", "withdraw", "--amount", "2,320")

	// Insurance: 20 h a week, all four schemes; past the deadline, missing ones are flagged.
	out = office.must(cmdkit.ExitOK, "employment", "", "arrears", "list")
	if !strings.Contains(out, "No wages in arrears") {
		t.Fatalf("arrears:\n%s", out)
	}
	employer.must(cmdkit.ExitUsage, "", "--scheme", "insurance", "record", id, "--scheme", "dental", "--evidence", doc)
	employer.must(cmdkit.ExitOK, "Done: record", "", "insurance", "record", id, "--scheme", "employment", "--evidence", doc)
	var arrears struct {
		Insurance []struct{ Scheme string }
	}
	json.Unmarshal([]byte(office.must(cmdkit.ExitOK, "", "", "--json", "arrears", "list", "--employer", boss.Addr.Hex())), &arrears)
	if len(arrears.Insurance) != 3 {
		t.Fatalf("missing enrolments after one recorded: %+v", arrears.Insurance)
	}

	// The worker's record, from the command and from the relayer.
	var hist WorkerView
	if err := json.Unmarshal([]byte(w.must(cmdkit.ExitOK, "", "", "--json", "history", worker)), &hist); err != nil ||
		len(hist.Contracts) != 1 || len(hist.Contracts[0].Payslips) != 1 || !hist.Contracts[0].Payslips[0].Paid || !hist.Contracts[0].PaidInFull ||
		hist.Contracts[0].Minutes["paid"] != 1200 {
		t.Fatalf("history: %+v %v", hist, err)
	}
	// pay-recorded pays a payslip by its ID; this one was paid with its recording.
	slip := strconv.FormatUint(hist.Contracts[0].Payslips[0].ID, 10)
	employer.must(cmdkit.ExitOK, "payslip "+slip+" (contract #"+id+", 247,680 KRW) was paid on", "", "payroll", "pay-recorded", slip)
	employer.must(cmdkit.ExitUsage, "", "payslip 999999 does not exist", "payroll", "pay-recorded", "999999")
	w.must(cmdkit.ExitFailed, "", "not the sending key", "payroll", "pay-recorded", slip)
	resp, err := http.Get(fmt.Sprintf("%s/v1/labour/workers/%s", relayURL, worker))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	var view WorkerView
	if resp.StatusCode != 200 || json.Unmarshal(body, &view) != nil || len(view.Contracts) != 1 || view.Contracts[0].Payslips[0].Amount != "247680" {
		t.Fatalf("GET workers: %d %s", resp.StatusCode, body)
	}
	resp, err = http.Get(relayURL + "/v1/labour/workers/0x12")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Fatalf("GET a bad address: %d", resp.StatusCode)
	}

	// Either party ends it; the end day is recorded.
	w.must(cmdkit.ExitOK, "gasless", "", "contract", "end", id)
	office.must(cmdkit.ExitOK, "(ended)", "", "contract", "show", id)

	// The work record, attested to the worker by the employer through the credentials service.
	var rec struct {
		Record WorkRecord
		Issue  string
	}
	if err := json.Unmarshal([]byte(office.must(cmdkit.ExitOK, "", "", "--json", "record", id)), &rec); err != nil ||
		rec.Record.Minutes != 1200 || !rec.Record.PaidInFull || rec.Record.To != today.String() {
		t.Fatalf("record: %+v %v", rec, err)
	}
	creds := cmdtest.Runner{cred.Command}
	for _, args := range [][]string{{"cred", "schema", "register", WorkRecordSchema}, {"cred", "issuer", "add", boss.Addr.Hex(), "--schema", WorkRecordSchema}} {
		if code, o, e := creds.Run(t, append([]string{"--devnet", dir}, args...)...); code != 0 {
			t.Fatalf("%v: %s %s", args, o, e)
		}
	}
	issue := strings.Fields(rec.Issue)[1:] // without "seoulchain"
	out = filepath.Join(t.TempDir(), "work-record.json")
	issue[len(issue)-1] = out
	if code, o, e := creds.Run(t, append(append([]string{"--devnet", dir}, boss.Flags...), issue...)...); code != 0 {
		t.Fatalf("%v: %s %s", issue, o, e)
	}
	cr, err := cred.ReadCredential(out)
	if err != nil || cr.Holder.Hex() != worker || cr.SchemaName != WorkRecordSchema {
		t.Fatalf("work record credential: %+v %v", cr, err)
	}
}
