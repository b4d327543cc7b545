package vehicle

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
)

// vehicleCLI runs vehicle commands on the package's devnet, whose staff key is the
// registry's admin and, once it grants itself the roles, every kind of recorder.
type vehicleCLI struct {
	t   *testing.T
	dir string
}

func (e vehicleCLI) must(code int, stdout, stderr string, args ...string) string {
	e.t.Helper()
	gotCode, out, errOut := run(e.t, append([]string{"--devnet", e.dir, "vehicle"}, args...)...)
	if gotCode != code || !strings.Contains(out, stdout) || !strings.Contains(errOut, stderr) {
		e.t.Fatalf("vehicle %v: exit %d, stdout %q, stderr %q; want exit %d, %q, %q", args, gotCode, out, errOut, code, stdout, stderr)
	}
	return out
}

// history runs 'history VIN', fails unless its output holds each of wants (spaces
// squeezed), and returns the report of 'history --json VIN'.
func (e vehicleCLI) history(vin string, wants ...string) Report {
	e.t.Helper()
	out := e.must(cmdkit.ExitOK, "", "", "history", vin)
	flat := strings.Join(strings.Fields(out), " ")
	for _, want := range wants {
		if !strings.Contains(flat, want) {
			e.t.Errorf("history lacks %q:\n%s", want, out)
		}
	}
	var rep Report
	if err := json.Unmarshal([]byte(e.must(cmdkit.ExitOK, "", "", "history", "--json", vin)), &rep); err != nil {
		e.t.Fatal(err)
	}
	return rep
}

const (
	ioniq = "KMHKN81AFNU123456"
	other = "KMHKN81AFNU654321"
)

// TestVehicleCommands walks the README's walk-through and every refusal of #20 on a devnet.
func TestVehicleCommands(t *testing.T) {
	e := vehicleCLI{t, network.Dir(t)}
	ok, failed, usage := cmdkit.ExitOK, cmdkit.ExitFailed, cmdkit.ExitUsage

	// Before the staff key records as a dealer, a listing is another role's kind.
	e.must(failed, "", "VehicleWrongRole", "record", "listing", ioniq, "--odometer", "100", "--doc", "0x"+strings.Repeat("ab", 32))
	for _, as := range []string{"registry-office", "inspector", "insurer", "repairer", "battery-tester", "recycler"} {
		e.must(ok, "Done: let", "", "recorder", "add", "--as", as)
	}
	e.must(ok, "already records as inspector", "", "recorder", "add", "--as", "inspector")
	e.must(usage, "", "unknown recorder kind", "recorder", "add", "--as", "mechanic")
	e.must(ok, "battery-tester", "", "recorder", "list")

	e.must(usage, "", "character 11 is 'O'", "register", "KMHKN81AFNO123456")
	e.must(usage, "", "16 characters", "register", "KMHKN81AFNU12345")
	e.must(failed, "", "not registered", "history", ioniq)
	e.must(ok, "Done: register "+ioniq, "", "register", ioniq, "--date", "2023-03-02", "--ev-subsidy")
	e.must(ok, "already registered", "", "register", ioniq)
	e.must(ok, "Done", "", "register", other, "--date", "2022-05-20", "--owner", "rental")

	e.must(ok, "Done: register pack PACK-0001", "", "battery", "register", "PACK-0001", "--maker", "101", "--chemistry", "ncm",
		"--capacity-kwh", "77.4", "--made", "2023-01-15", "--carbon-class", "B", "--recycled-cobalt", "16")
	e.must(usage, "", "--chemistry \"salt\"", "battery", "register", "PACK-0002", "--maker", "101", "--chemistry", "salt",
		"--capacity-kwh", "77.4", "--made", "2023-01-15", "--carbon-class", "B")
	e.must(ok, "Done", "", "battery", "install", "PACK-0001", "--vin", ioniq, "--date", "2023-03-02")
	e.must(failed, "", "BatteryInstalledElsewhere", "battery", "install", "PACK-0001", "--vin", other)

	e.must(ok, "Done: record the periodic inspection of "+ioniq, "", "record", "inspection", ioniq, "--odometer", "41,200", "--date", "2025-03-10", "--id", "INS-2025-0001")
	e.must(ok, "already recorded. Nothing sent", "", "record", "inspection", ioniq, "--odometer", "41,200", "--date", "2025-03-10", "--id", "INS-2025-0001")
	e.must(usage, "", "odometer \"41.2km\"", "record", "inspection", ioniq, "--odometer", "41.2km")
	e.must(failed, "", "VehicleNoOdometer", "record", "inspection", ioniq, "--date", "2025-03-11")
	e.must(usage, "", "cost band 9", "record", "accident", ioniq, "--code", "9")
	e.must(ok, "Done", "", "record", "accident", ioniq, "--code", "2", "--date", "2025-06-01", "--id", "CLM-77")
	e.must(ok, "Done", "", "battery", "test", "PACK-0001", "--vin", ioniq, "--soh", "95.5", "--date", "2025-03-10")
	e.must(ok, "Done", "", "record", "transfer", ioniq, "--code", "company", "--date", "2025-07-01")

	csv := filepath.Join(t.TempDir(), "inspections.csv")
	body := strings.Join(CSVHeader, ",") + "\n" +
		"INS-2025-0002," + ioniq + ",inspection,2025-09-01,52300,0,\n" +
		"INS-2025-0003," + other + ",inspection,2025-09-02,88000,0,\n" +
		"INS-2025-0004," + ioniq + ",inspection,2025-10-01,12000,0,\n" // rolled back
	if err := os.WriteFile(csv, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	e.must(usage, "", "--in-flight 1025: want 1 to 1,024", "import", "--in-flight", "1025", "--csv", csv)
	nodes := len(network.Info(t).Nodes)
	if out := e.must(ok, "Recorded 3 of 3 records", "", "import", "--csv", csv); !strings.Contains(out, fmt.Sprintf("Batches went to %d of %d nodes.", nodes, nodes)) {
		t.Errorf("import --csv does not say every node had its batches:\n%s", out)
	}
	e.must(ok, "3 records were already recorded", "", "import", "--csv", csv)
	bad := filepath.Join(t.TempDir(), "bad.csv")
	os.WriteFile(bad, []byte(strings.Join(CSVHeader, ",")+"\nA,"+ioniq+",inspection,2025-09-01,1,0,\nA,"+ioniq+",inspection,2025-09-01,2,0,\nB,KMHKN81AFNU1,inspection,2025-09-01,2,0,\n"), 0o644)
	e.must(usage, "", "also on line 2", "import", "--csv", bad)

	rep := e.history(ioniq, "ROLLED BACK", "owners: 2 (now: company)", "accidents: 1", "last reading: 12,000 km on 2025-10-01",
		"battery health: 95.5% (2025-03)", "12,000 km (!)")
	if rep.VIN != ioniq || rep.Summary.Owners != 2 || rep.Summary.OdometerConsistent || len(rep.Timeline) != 8 {
		t.Fatalf("report %+v", rep)
	}

	// Scrapped: nothing more but the battery's way out.
	e.must(ok, "Done", "", "record", "scrap", ioniq, "--date", "2025-11-01")
	e.must(failed, "", "VehicleScrapped", "record", "inspection", ioniq, "--odometer", "13000")
	e.must(ok, "Done", "", "battery", "remove", "PACK-0001", "--vin", ioniq)
	e.must(ok, "Done", "", "battery", "test", "PACK-0001", "--soh", "81")
	e.must(ok, "Done", "", "battery", "recycle", "PACK-0001", "--lithium-g", "4100", "--nickel-g", "23000", "--cobalt-g", "2900")
	e.must(failed, "", "BatteryAlreadyRecycled", "battery", "install", "PACK-0001", "--vin", other)
	e.must(ok, "lithium 4100 g", "", "battery", "show", "PACK-0001")
}

// TestVehicleCommandsMore: what the walk-through leaves out: a dealer's listing, a
// correction and its refusals, a pack's second life, and a recorder removed (whose records
// stand, and who may record no more).
func TestVehicleCommandsMore(t *testing.T) {
	e := vehicleCLI{t, network.Dir(t)}
	ok, failed, usage := cmdkit.ExitOK, cmdkit.ExitFailed, cmdkit.ExitUsage
	staff := network.Info(t).Staff.Address.Hex()
	const car = "KMHKN81AFNU800001"
	for _, as := range []string{"registry-office", "inspector", "dealer", "recycler"} {
		e.must(ok, "", "", "recorder", "add", "--as", as)
	}
	e.must(ok, "Done", "", "register", car, "--date", "2024-02-01")

	// A dealer's listing carries the odometer and the 성능·상태점검 record's hash.
	check := "0x" + strings.Repeat("5e", 32)
	e.must(ok, "Done: record the sale listing (성능·상태점검) of "+car, "", "record", "listing", car, "--odometer", "20,500", "--doc", check, "--date", "2025-04-01")
	e.must(failed, "", "VehicleNoReference", "record", "listing", car, "--odometer", "20,600", "--date", "2025-04-02")
	e.must(usage, "", "want its hash", "record", "listing", car, "--odometer", "20,600", "--doc", "5e5e")

	// A correction points to the recorder's own earlier record of the same car and kind.
	e.must(ok, "Done", "", "record", "inspection", car, "--odometer", "21,000", "--code", "3", "--date", "2025-04-03", "--id", "INS-800")
	e.must(ok, "Done", "", "record", "inspection", car, "--odometer", "21,000", "--code", "0", "--date", "2025-04-03", "--id", "INS-800-fix", "--corrects", "INS-800")
	e.must(failed, "", "VehicleBadCorrection", "record", "inspection", car, "--odometer", "21,000", "--date", "2025-04-04", "--corrects", "INS-NONE")
	e.must(failed, "", "VehicleBadCorrection", "record", "listing", car, "--odometer", "21,000", "--doc", check, "--date", "2025-04-04", "--corrects", "INS-800")
	var rep Report
	if err := json.Unmarshal([]byte(e.must(ok, "", "", "history", "--json", car)), &rep); err != nil {
		t.Fatal(err)
	}
	var original, fix *Entry
	for i := range rep.Timeline {
		switch en := &rep.Timeline[i]; {
		case en.Corrects != nil:
			fix = en
		case en.CorrectedBy != nil:
			original = en
		}
	}
	if original == nil || fix == nil || *original.CorrectedBy != fix.ID || *fix.Corrects != original.ID {
		t.Fatalf("correction not linked in the report: %+v", rep.Timeline)
	}

	// Second life: out of every car, with its operator; it goes to no car again.
	e.must(ok, "Done", "", "battery", "register", "PACK-SL-1", "--maker", "102", "--chemistry", "lfp", "--capacity-kwh", "58",
		"--made", "2022-06-01", "--carbon-class", "C")
	e.must(usage, "", "--operator", "battery", "second-life", "PACK-SL-1")
	e.must(usage, "", "--use", "battery", "second-life", "PACK-SL-1", "--use", "toaster", "--operator", staff)
	e.must(ok, "Done: start second life of pack PACK-SL-1", "", "battery", "second-life", "PACK-SL-1", "--use", "storage", "--operator", staff, "--date", "2025-05-01")
	e.must(failed, "", "BatteryInSecondLife", "battery", "second-life", "PACK-SL-1", "--operator", staff, "--id", "again")
	e.must(failed, "", "BatteryInSecondLife", "battery", "install", "PACK-SL-1", "--vin", car)
	e.must(ok, "operator "+staff, "", "battery", "show", "PACK-SL-1")

	// A recorder removed: its records stand; it records no more.
	e.must(ok, "Done: stop "+staff+" recording as dealer", "", "recorder", "remove", staff, "--as", "dealer")
	e.must(failed, "", "VehicleWrongRole", "record", "listing", car, "--odometer", "21,500", "--doc", check, "--date", "2025-06-01")
	if out := e.must(ok, "", "", "recorder", "list", "--json"); strings.Contains(out, `"dealer"`) {
		t.Fatalf("the dealer is still listed:\n%s", out)
	}
	e.must(ok, "sale listing", "", "history", car)
	e.must(usage, "", "ADDRESS", "recorder", "remove", "--as", "dealer")

	// Registrations in bulk: registerBatch through the bulk sender, each record ID once.
	regs := filepath.Join(t.TempDir(), "regs.csv")
	os.WriteFile(regs, []byte(strings.Join(RegistrationHeader, ",")+"\nR-1,KMHKN81AFNU800002,2024-03-01,,yes\nR-2,kmhkn81afnu800003,2024-03-02,rental,no\n"), 0o644)
	e.must(usage, "", "--in-flight 0: want 1 to 1,024", "register", "--in-flight", "0", "--csv", regs)
	if out := e.must(ok, "Registered 2 of 2 registrations", "", "register", "--csv", regs); !strings.Contains(out, "Batches went to ") {
		t.Errorf("register --csv does not say which nodes had its batches:\n%s", out)
	}
	e.must(ok, "2 registrations were already registered", "", "register", "--csv", regs)
	e.must(ok, "EV subsidy", "", "history", "KMHKN81AFNU800002")
	e.must(ok, "owner: rental", "", "history", "KMHKN81AFNU800003")
	bad := filepath.Join(t.TempDir(), "bad.csv")
	os.WriteFile(bad, []byte(strings.Join(RegistrationHeader, ",")+"\nR-1,KMHKN81AFNU800004,2024-03-01,,\nR-2,KMHKN81AFNU800004,2024-03-01,,\nR-3,KMHKN81AFNU800005,2024-03-01,taxi,\n"), 0o644)
	e.must(usage, "", "2 problem(s), nothing sent", "register", "--csv", bad)
	e.must(usage, "", "line 3 vin: KMHKN81AFNU800004 is also on line 2", "register", "--csv", bad)
	e.must(usage, "", `line 4 owner: unknown owner kind "taxi"`, "register", "--csv", bad)
	e.must(usage, "", "not both", "register", "--csv", regs, car)
}
