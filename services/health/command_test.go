package health

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
)

// healthCLI runs health commands on the package's devnet as one party (nil: the staff).
type healthCLI struct {
	t   *testing.T
	dir string
}

func (e healthCLI) as(p *cmdtest.Party, code int, stdout, stderr string, args ...string) string {
	e.t.Helper()
	full := []string{"--devnet", e.dir}
	if p != nil {
		full = append(full, p.Flags...)
	}
	gotCode, out, errOut := run(e.t, append(append(full, "health"), args...)...)
	if gotCode != code || !strings.Contains(out, stdout) || !strings.Contains(errOut, stderr) {
		e.t.Fatalf("health %v: exit %d, stdout %q, stderr %q; want exit %d, %q, %q", args, gotCode, out, errOut, code, stdout, stderr)
	}
	return out
}

// TestHealthCommands walks a patient's move from a hospital to a clinic and a claim to an
// insurer: providers, anchoring, consents granted and revoked without gas, accesses under
// consent, refused without one, a break-glass, and the patient's log.
func TestHealthCommands(t *testing.T) {
	e := healthCLI{t, network.Dir(t)}
	staff := cmdtest.StaffSender(t, e.dir)
	hospital, clinic, insurer := cmdtest.NewParty(t, staff), cmdtest.NewParty(t, staff), cmdtest.NewParty(t, staff)
	patient := newPatient(t, cmdtest.StartRelayer(t, e.dir, Relayer()))
	P := patient.Addr.Hex()

	// The city registers the providers; again is no change; a bad role is refused by name.
	e.as(nil, cmdkit.ExitOK, "Done: register "+hospital.Addr.Hex()+" as hospital", "", "provider", "add", hospital.Addr.Hex(), "--role", "hospital")
	e.as(nil, cmdkit.ExitOK, "already registered as hospital", "", "provider", "add", hospital.Addr.Hex(), "--role", "hospital")
	e.as(nil, cmdkit.ExitOK, "", "", "provider", "add", clinic.Addr.Hex(), "--role", "clinic")
	e.as(nil, cmdkit.ExitOK, "", "", "provider", "add", insurer.Addr.Hex(), "--role", "insurer")
	e.as(nil, cmdkit.ExitUsage, "", "want a role: hospital, clinic, imaging, insurer", "provider", "add", clinic.Addr.Hex(), "--role", "dentist")
	if out := e.as(nil, cmdkit.ExitOK, "", "", "provider", "list"); !strings.Contains(out, clinic.Addr.Hex()) || !strings.Contains(out, "insurer") {
		t.Fatalf("provider list:\n%s", out)
	}

	// The hospital anchors its X-ray and lab result: hashes only; a second run sends nothing.
	tmp := t.TempDir()
	xray, lab := filepath.Join(tmp, "xray.dcm"), filepath.Join(tmp, "lab.pdf")
	os.WriteFile(xray, []byte("DICM chest PA"), 0o600)
	os.WriteFile(lab, []byte("%PDF blood panel"), 0o600)
	e.as(&hospital, cmdkit.ExitOK, "Done: anchor 1 record (imaging) of patient "+P, "", "record", "anchor", "--patient", P, "--category", "imaging", xray)
	e.as(&hospital, cmdkit.ExitOK, "anchored already", "", "record", "anchor", "--patient", P, "--category", "imaging", xray)
	e.as(&hospital, cmdkit.ExitOK, "Done: anchor 1 record (lab)", "", "record", "anchor", "--patient", P, "--category", "lab", lab)
	e.as(&hospital, cmdkit.ExitUsage, "", "neither a 0x… SHA-256 nor a file", "record", "anchor", "--patient", P, "--category", "lab", xray+"x")
	e.as(&hospital, cmdkit.ExitUsage, "", "want a category", "record", "anchor", "--patient", P, "--category", "mri", xray)
	e.as(&insurer, cmdkit.ExitFailed, "", "HealthRoleCannotAnchor", "record", "anchor", "--patient", P, "--category", "lab", "0x"+strings.Repeat("ab", 32))

	// The patient, without gas, lets the clinic read the hospital's imaging.
	e.as(&patient, cmdkit.ExitOK, "gasless", "", "consent", "grant", clinic.Addr.Hex(), "--holder", hospital.Addr.Hex(), "--categories", "imaging", "--days", "7")
	e.as(&patient, cmdkit.ExitFailed, "", "HealthProviderNotRegistered", "consent", "grant", patient.Addr.Hex(), "--holder", hospital.Addr.Hex(), "--categories", "imaging")
	e.as(&patient, cmdkit.ExitFailed, "", "HealthPurposeNotForRole", "consent", "grant", clinic.Addr.Hex(), "--holder", hospital.Addr.Hex(), "--categories", "lab", "--purpose", "insurance")
	e.as(&patient, cmdkit.ExitUsage, "", "--record or --categories, not both", "consent", "grant", clinic.Addr.Hex(), "--holder", hospital.Addr.Hex(), "--record", lab, "--categories", "lab")
	e.as(&patient, cmdkit.ExitUsage, "", "--holder is required", "consent", "grant", clinic.Addr.Hex(), "--record", lab)
	e.as(&patient, cmdkit.ExitUsage, "", "--until 2020-01-01 is past", "consent", "grant", clinic.Addr.Hex(), "--holder", hospital.Addr.Hex(), "--categories", "lab", "--until", "2020-01-01")
	var consents []Consent
	if err := json.Unmarshal([]byte(e.as(&patient, cmdkit.ExitOK, "", "", "--json", "consent", "list")), &consents); err != nil || len(consents) != 1 || consents[0].Status != "active" {
		t.Fatalf("consent list: %+v, %v", consents, err)
	}
	imaging := consents[0].ID

	// The clinic reads the X-ray under the consent found on chain; the lab result is not
	// granted; the insurer has no consent.
	e.as(&clinic, cmdkit.ExitOK, "Done: log access", "", "access", "--holder", hospital.Addr.Hex(), xray)
	e.as(&clinic, cmdkit.ExitFailed, "", "HealthNoConsent", "access", "--holder", hospital.Addr.Hex(), lab)
	e.as(&insurer, cmdkit.ExitFailed, "", "HealthNoConsent", "access", "--holder", hospital.Addr.Hex(), xray)
	e.as(&insurer, cmdkit.ExitUsage, "", "--holder is required", "access", lab)
	// Another holder's record of the same bytes is another record: no consent covers it.
	e.as(&insurer, cmdkit.ExitFailed, "", "HealthUnknownRecord", "access", "--holder", clinic.Addr.Hex(), lab)

	// A claim: the patient authorises the insurer for the lab result only.
	e.as(&patient, cmdkit.ExitOK, "gasless", "", "consent", "grant", insurer.Addr.Hex(), "--holder", hospital.Addr.Hex(), "--record", lab, "--purpose", "insurance")
	e.as(&insurer, cmdkit.ExitOK, "Done: log access", "", "access", "--holder", hospital.Addr.Hex(), lab)
	e.as(&insurer, cmdkit.ExitFailed, "", "HealthNoConsent", "access", "--holder", hospital.Addr.Hex(), xray)

	// Revoked: refused by name; revoking again sends nothing.
	e.as(&patient, cmdkit.ExitOK, "gasless", "", "consent", "revoke", itoa(imaging))
	e.as(&patient, cmdkit.ExitOK, "revoked already", "", "consent", "revoke", itoa(imaging))
	e.as(&clinic, cmdkit.ExitFailed, "", "HealthConsentRevoked", "access", "--holder", hospital.Addr.Hex(), "--consent", itoa(imaging), xray)

	// Break-glass: allowed with a reason, refused without one it can name.
	e.as(&clinic, cmdkit.ExitUsage, "", "want a reason", "access", "--holder", hospital.Addr.Hex(), "--emergency", "curious", xray)
	e.as(&clinic, cmdkit.ExitOK, "break the glass", "", "access", "--holder", hospital.Addr.Hex(), "--emergency", "unconscious", xray)

	// The patient's log: the clinic's read, the insurer's, the emergency, in that order.
	out := e.as(&patient, cmdkit.ExitOK, "", "", "log")
	for _, want := range []string{"consent #" + itoa(imaging), "EMERGENCY: unconscious", insurer.Addr.Hex(), "imaging", "lab"} {
		if !strings.Contains(out, want) {
			t.Fatalf("log lacks %q:\n%s", want, out)
		}
	}
	var log []Access
	if err := json.Unmarshal([]byte(e.as(nil, cmdkit.ExitOK, "", "", "--json", "log", P)), &log); err != nil || len(log) != 3 {
		t.Fatalf("log --json: %+v, %v", log, err)
	}
	if log[0].Accessor != clinic.Addr || log[0].Consent != imaging || log[2].Emergency != "unconscious" || log[1].Role != "insurer" {
		t.Fatalf("log: %+v", log)
	}
	if got := e.as(&patient, cmdkit.ExitOK, "", "", "consent", "list"); !strings.Contains(got, "revoked") || !strings.Contains(got, "insurance") {
		t.Fatalf("consent list:\n%s", got)
	}
}

func itoa(n uint64) string { return strconv.FormatUint(n, 10) }
