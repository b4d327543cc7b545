package health

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
)

// TestHealthClaimCommands: a patient authorises an insurer for two records and files a claim
// without gas; the insurer approves it once, paying part, with a hashed payment reference.
func TestHealthClaimCommands(t *testing.T) {
	e := healthCLI{t, network.Dir(t)}
	staff := cmdtest.StaffSender(t, e.dir)
	hospital, insurer, stranger := cmdtest.NewParty(t, staff), cmdtest.NewParty(t, staff), cmdtest.NewParty(t, staff)
	patient := newPatient(t, cmdtest.StartRelayer(t, e.dir, Relayer()))
	P, I := patient.Addr.Hex(), insurer.Addr.Hex()
	e.as(nil, cmdkit.ExitOK, "", "", "provider", "add", hospital.Addr.Hex(), "--role", "hospital")
	e.as(nil, cmdkit.ExitOK, "", "", "provider", "add", I, "--role", "insurer")

	tmp := t.TempDir()
	xray, lab, other := filepath.Join(tmp, "xray.dcm"), filepath.Join(tmp, "lab.pdf"), filepath.Join(tmp, "other.pdf")
	os.WriteFile(xray, []byte("DICM claim wrist"), 0o600)
	os.WriteFile(lab, []byte("%PDF claim bill"), 0o600)
	os.WriteFile(other, []byte("%PDF not granted"), 0o600)
	e.as(&hospital, cmdkit.ExitOK, "", "", "record", "anchor", "--patient", P, "--category", "imaging", xray)
	e.as(&hospital, cmdkit.ExitOK, "", "", "record", "anchor", "--patient", P, "--category", "lab", lab, other)
	e.as(&patient, cmdkit.ExitOK, "gasless", "", "consent", "grant", I, "--holder", hospital.Addr.Hex(), "--record", xray, "--purpose", "insurance")
	e.as(&patient, cmdkit.ExitOK, "gasless", "", "consent", "grant", I, "--holder", hospital.Addr.Hex(), "--record", lab, "--purpose", "insurance")

	// Filing: refused by name without consent or amount; gasless; again is no second claim.
	e.as(&patient, cmdkit.ExitFailed, "", "HealthNoConsent", "claim", "file", "--insurer", I, "--amount", "1000", other)
	e.as(&patient, cmdkit.ExitFailed, "", "HealthNotAnInsurer", "claim", "file", "--insurer", hospital.Addr.Hex(), "--amount", "1000", xray)
	e.as(&patient, cmdkit.ExitUsage, "", "--amount 0", "claim", "file", "--insurer", I, "--amount", "0", xray)
	e.as(&patient, cmdkit.ExitUsage, "", "--amount is required", "claim", "file", "--insurer", I, xray)
	e.as(&patient, cmdkit.ExitUsage, "", "not a decimal number", "claim", "file", "--insurer", I, "--amount", "12.5.0", xray)
	out := e.as(&patient, cmdkit.ExitOK, "gasless", "", "claim", "file", "--insurer", I, "--amount", "1,250,000", xray, lab)
	if !strings.Contains(out, "file a claim with "+I+" for 1,250,000 won on 2 records") || !strings.Contains(out, "ClaimFiled") {
		t.Fatalf("claim file:\n%s", out)
	}
	var first struct{ Claim uint64 }
	if err := json.Unmarshal([]byte(e.as(&patient, cmdkit.ExitOK, "", "", "--json", "claim", "file", "--insurer", I, "--amount", "1250000", lab, xray)), &first); err != nil || first.Claim == 0 {
		t.Fatalf("claim file again: %+v, %v", first, err)
	}
	id := itoa(first.Claim)
	e.as(&patient, cmdkit.ExitOK, "filed already", "", "claim", "file", "--insurer", I, "--amount", "1250000", xray, lab)

	// Deciding: the insurer only, at most the claimed, once.
	e.as(&insurer, cmdkit.ExitUsage, "", "--approve (with --paid and --ref) or --reject", "claim", "decide", id, "--paid", "1")
	e.as(&insurer, cmdkit.ExitUsage, "", "--ref is required", "claim", "decide", id, "--approve", "--paid", "1")
	e.as(&insurer, cmdkit.ExitUsage, "", "a rejected claim pays nothing", "claim", "decide", id, "--reject", "--paid", "1")
	e.as(&stranger, cmdkit.ExitFailed, "", "HealthNotClaimInsurer", "claim", "decide", id, "--approve", "--paid", "1", "--ref", "T-1")
	e.as(&insurer, cmdkit.ExitFailed, "", "HealthPaidExceedsClaimed", "claim", "decide", id, "--approve", "--paid", "1,250,001", "--ref", "T-1")
	e.as(&insurer, cmdkit.ExitOK, "Done: approve claim #"+id+", paying 1,000,000 of 1,250,000 won", "", "claim", "decide", id, "--approve", "--paid", "1000000", "--ref", "KB-2026-12-01-0042")
	e.as(&insurer, cmdkit.ExitOK, "approved already", "", "claim", "decide", id, "--approve", "--paid", "1000000", "--ref", "KB-2026-12-01-0042")
	e.as(&insurer, cmdkit.ExitFailed, "", "HealthClaimAlreadyDecided", "claim", "decide", id, "--reject")
	e.as(&insurer, cmdkit.ExitFailed, "", "HealthUnknownClaim", "claim", "decide", "999", "--reject")

	// Showing: for people and for scripts; the reference only as its hash.
	out = e.as(&patient, cmdkit.ExitOK, "", "", "claim", "show", id)
	for _, want := range []string{"approved", "1,250,000", "1,000,000", PaymentRef("KB-2026-12-01-0042").Hex(), P, I} {
		if !strings.Contains(out, want) {
			t.Fatalf("claim show lacks %q:\n%s", want, out)
		}
	}
	var cl struct {
		Status, AmountClaimed, AmountPaid string
		Patient                           common.Address
		Records                           []common.Hash
		Holders                           []common.Address
		DecidedAt                         *time.Time
	}
	if err := json.Unmarshal([]byte(e.as(nil, cmdkit.ExitOK, "", "", "--json", "claim", "show", id)), &cl); err != nil {
		t.Fatal(err)
	}
	if cl.Status != "approved" || cl.AmountClaimed != "1250000" || cl.AmountPaid != "1000000" || len(cl.Records) != 2 ||
		len(cl.Holders) != 2 || cl.Holders[0] != hospital.Addr || cl.Patient != patient.Addr || cl.DecidedAt == nil {
		t.Fatalf("claim show --json: %+v", cl)
	}
	e.as(nil, cmdkit.ExitFailed, "", "HealthUnknownClaim", "claim", "show", "999")
}
