package cert

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
)

// certCLI runs cert commands on the package's devnet, whose staff key is the registry's
// registrar and, once registered, the issuing office.
type certCLI struct {
	t   *testing.T
	dir string
}

func (e certCLI) must(code int, stdout, stderr string, args ...string) string {
	e.t.Helper()
	gotCode, out, errOut := run(e.t, append([]string{"--devnet", e.dir, "cert"}, args...)...)
	if gotCode != code || !strings.Contains(out, stdout) || !strings.Contains(errOut, stderr) {
		e.t.Fatalf("cert %v: exit %d, stdout %q, stderr %q; want exit %d, %q, %q", args, gotCode, out, errOut, code, stdout, stderr)
	}
	return out
}

// writeFiles writes name → content into dir and returns the paths, in the order given.
func writeFiles(t *testing.T, dir string, files ...[2]string) []string {
	t.Helper()
	var out []string
	for _, f := range files {
		p := filepath.Join(dir, f[0])
		if err := os.WriteFile(p, []byte(f[1]), 0o644); err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}

const office = "마포구청 Mapo-gu Office"

// TestCertCommands walks issuance, every verdict, every refusal of bad input and revocation
// on a devnet.
func TestCertCommands(t *testing.T) {
	e := certCLI{t, network.Dir(t)}
	staff := network.Info(t).Staff.Address.Hex()
	tmp := t.TempDir()
	batch := filepath.Join(tmp, "batch")
	if err := os.Mkdir(batch, 0o755); err != nil {
		t.Fatal(err)
	}
	files := writeFiles(t, batch,
		[2]string{"kim-volunteer.pdf", "%PDF volunteer hours: Kim Minji, 24h"},
		[2]string{"lee-volunteer.pdf", "%PDF volunteer hours: Lee Jiho, 12h"},
		[2]string{"park-tax.pdf", "%PDF payment confirmation: Park Seoyeon"})

	// Not an office (the browser test, sharing the devnet, may have registered it): the
	// contract refuses, nothing is anchored or written.
	run(t, "--devnet", e.dir, "cert", "office", "remove", staff)
	e.must(cmdkit.ExitFailed, "", "CertOfficeNotRegistered", "issue", "--office", office, "--dir", batch)
	if _, err := os.Stat(ProofPath(files[0])); err == nil {
		t.Fatal("a refused issuance wrote a proof")
	}
	e.must(cmdkit.ExitOK, "Done: register "+staff, "", "office", "add", staff, "--name", office)
	e.must(cmdkit.ExitOK, "already registered", "", "office", "add", staff, "--name", office)
	e.must(cmdkit.ExitOK, office, "", "office", "list")

	empty := filepath.Join(tmp, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	twin := writeFiles(t, tmp, [2]string{"twin.pdf", "%PDF volunteer hours: Kim Minji, 24h"})[0]
	for _, tc := range []struct {
		name   string
		args   []string
		stderr string
	}{
		{"empty batch", []string{"--dir", empty}, "empty batch"},
		{"no files", nil, "empty batch"},
		{"file named twice", []string{files[0], files[1], files[0]}, "duplicate file"},
		{"same bytes twice", []string{files[0], twin}, "duplicate document"},
		{"files and --dir", []string{"--dir", batch, files[0]}, "not both"},
		{"another office's name", []string{"--office", "Jongno-gu Office", files[0]}, "the sending key"},
		{"bad expiry", []string{"--expires", "31/12/2030", files[0]}, "YYYY-MM-DD"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"issue", "--office", office}, tc.args...)
			e.t = t
			e.must(cmdkit.ExitUsage, "", tc.stderr, args...)
		})
	}
	e.t = t

	out := e.must(cmdkit.ExitOK, "Issued 3 certificates", "", "issue", "--office", office, "--dir", batch)
	if !strings.Contains(out, "Done: anchor batch") {
		t.Fatalf("issue did not anchor: %s", out)
	}
	p, err := ReadProof(ProofPath(files[0]))
	if err != nil || p.Office.Name != office || p.Document != "kim-volunteer.pdf" || p.ChainID == 0 || p.Tx == (p.Root) {
		t.Fatalf("proof %+v, %v", p, err)
	}
	// Interrupted after anchoring: a lost proof file is written again, nothing is sent.
	if err := os.Remove(ProofPath(files[1])); err != nil {
		t.Fatal(err)
	}
	out = e.must(cmdkit.ExitOK, "wrote 1 proof files", "", "issue", "--office", office, "--dir", batch)
	if !strings.Contains(out, "resuming, nothing sent") || strings.Contains(out, "Done: anchor") {
		t.Fatalf("resumed issue: %s", out)
	}

	// Verdicts.
	e.must(cmdkit.ExitOK, "GENUINE", "", "verify", files[0])
	var res Result
	if err := json.Unmarshal([]byte(e.must(cmdkit.ExitOK, "", "", "--json", "verify", files[2])), &res); err != nil ||
		res.Verdict != Genuine || res.Office.Name != office || res.IssuedAt == nil || res.ExpiresAt != nil {
		t.Fatalf("verify --json: %+v, %v", res, err)
	}
	changed := filepath.Join(tmp, "changed.pdf")
	b, _ := os.ReadFile(files[0])
	b[len(b)-3] = '5' // "24h" becomes "54h": one byte
	if err := os.WriteFile(changed, b, 0o644); err != nil {
		t.Fatal(err)
	}
	e.must(cmdkit.ExitFailed, "CHANGED", "not genuine: changed", "verify", changed, "--proof", ProofPath(files[0]))
	stranger := writeFiles(t, tmp, [2]string{"forged.pdf", "%PDF volunteer hours: Kim Minji, 2400h"})[0]
	e.must(cmdkit.ExitFailed, "UNKNOWN", "not genuine: unknown", "verify", stranger)
	// A proof that names the file but a batch never anchored proves nothing.
	fake := *p
	fake.DocumentHash, _ = HashFile(stranger)
	fake.Root, fake.Proof = fake.DocumentHash, []common.Hash{}
	if err := fake.Write(ProofPath(stranger)); err != nil {
		t.Fatal(err)
	}
	e.must(cmdkit.ExitFailed, "never anchored", "not genuine: unknown", "verify", stranger)
	if err := os.WriteFile(ProofPath(stranger), []byte(`{"version":1,"documentHash":"0x12"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	e.must(cmdkit.ExitUsage, "", "proof file does not parse: "+ProofPath(stranger), "verify", stranger)

	// Revocation of one document, then of a whole batch.
	e.must(cmdkit.ExitUsage, "", "--reason", "revoke", files[1], "--reason", "because")
	e.must(cmdkit.ExitUsage, "", "the file was changed", "revoke", twin, "--proof", ProofPath(files[1]), "--reason", "error")
	e.must(cmdkit.ExitOK, "Done: revoke", "", "revoke", files[1], "--reason", "superseded")
	e.must(cmdkit.ExitFailed, "", "CertDocumentAlreadyRevoked", "revoke", files[1], "--reason", "superseded")
	e.must(cmdkit.ExitFailed, "replaced by a corrected certificate", "not genuine: revoked", "verify", files[1])
	// As of the moment of issuance the document was genuine; the later revocation is named.
	issued := res.IssuedAt.Format(time.RFC3339)
	if out := e.must(cmdkit.ExitOK, "GENUINE", "", "verify", "--at", issued, files[1]); !strings.Contains(out, "revoked later") || !strings.Contains(out, "as of") {
		t.Fatalf("verify --at before the revocation: %s", out)
	}
	e.must(cmdkit.ExitFailed, "anchored on", "not genuine: unknown", "verify", "--at", "2020-01-01", files[1])
	e.must(cmdkit.ExitUsage, "", "want a date YYYY-MM-DD", "verify", "--at", "yesterday", files[0])
	e.must(cmdkit.ExitOK, "GENUINE", "", "verify", files[0])

	second := writeFiles(t, tmp, [2]string{"course.pdf", "%PDF course completion: Choi Yuna"})
	e.must(cmdkit.ExitOK, "Issued 1 certificates", "", "issue", "--office", office, "--expires", "2099-12-31", second[0])
	var exp Result
	if err := json.Unmarshal([]byte(e.must(cmdkit.ExitOK, "", "", "--json", "verify", second[0])), &exp); err != nil || exp.ExpiresAt == nil || exp.ExpiresAt.Year() != 2099 {
		t.Fatalf("expiry: %+v, %v", exp, err)
	}
	// Past its expiry the certificate is expired, not genuine (checked as of a later day:
	// the devnet cannot wait until 2100).
	var expired Result
	if err := json.Unmarshal([]byte(e.must(cmdkit.ExitFailed, "", "not genuine: expired", "--json", "verify", "--at", "2100-01-01", second[0])), &expired); err != nil ||
		expired.Verdict != Expired || expired.AsOf == nil || expired.Office == nil {
		t.Fatalf("verify --at after the expiry: %+v, %v", expired, err)
	}
	e.must(cmdkit.ExitFailed, "EXPIRED", "not genuine: expired", "verify", "--at", "2099-12-31T15:00:00Z", second[0])
	e.must(cmdkit.ExitOK, "GENUINE", "", "verify", "--at", "2099-12-31", second[0])
	e.must(cmdkit.ExitOK, "Done: revoke batch", "", "revoke", second[0], "--batch", "--reason", "withdrawn")
	e.must(cmdkit.ExitFailed, "the batch", "not genuine: revoked", "verify", second[0])
	e.must(cmdkit.ExitFailed, "", "CertUnknownBatch", "revoke", "0x"+strings.Repeat("ab", 32), "--batch", "--reason", "1")

	e.must(cmdkit.ExitOK, "Done: remove office", "", "office", "remove", staff)
	e.must(cmdkit.ExitOK, "removed", "", "office", "list")
	// What a removed office issued stands; it issues no more.
	e.must(cmdkit.ExitOK, "GENUINE", "", "verify", files[0])
	e.must(cmdkit.ExitFailed, "", "CertOfficeNotRegistered", "issue", "--office", office, stranger)
}
