package cred

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
)

// TestCredCommands walks the whole life of a credential on a devnet, where the staff key
// is the resolver's registrar and, once trusted, the issuer and the holder.
func TestCredCommands(t *testing.T) {
	dir, tmp := network.Dir(t), t.TempDir()
	staff := network.Info(t).Staff.Address.Hex()
	file := func(name string) string { return filepath.Join(tmp, name) }
	must := func(t *testing.T, code int, stdout, stderr string, args ...string) string {
		t.Helper()
		gotCode, out, errOut := run(t, append([]string{"--devnet", dir}, args...)...)
		if gotCode != code || !strings.Contains(out, stdout) || !strings.Contains(errOut, stderr) {
			t.Fatalf("%v: exit %d, stdout %q, stderr %q; want exit %d, %q, %q", args, gotCode, out, errOut, code, stdout, stderr)
		}
		return out
	}

	must(t, cmdkit.ExitOK, "Done: register schema", "", "cred", "schema", "register", "residence")
	must(t, cmdkit.ExitOK, "already registered", "", "cred", "schema", "register", "residence")
	must(t, cmdkit.ExitUsage, "", "letters, digits", "cred", "schema", "register", "not a name")
	// Nobody is trusted yet: issuing is refused by the resolver, and nothing is written.
	must(t, cmdkit.ExitFailed, "", "ResolverUntrustedIssuer", "cred", "issue", "--schema", "residence", "--holder", staff,
		"--field", "city=Seoul", "--out", file("refused.json"))
	if _, err := os.Stat(file("refused.json")); err == nil {
		t.Fatal("a refused credential's file was written")
	}
	must(t, cmdkit.ExitOK, "Done: trust "+staff, "", "cred", "issuer", "add", "--schema", "residence", staff)
	must(t, cmdkit.ExitOK, staff, "", "cred", "issuer", "list", "--schema", "residence")
	var schemas []struct {
		UID    string `json:"uid"`
		Schema string `json:"schema"`
	}
	if err := json.Unmarshal([]byte(must(t, cmdkit.ExitOK, "", "", "--json", "cred", "schema", "list")), &schemas); err != nil || len(schemas) != 1 || schemas[0].Schema != "bytes32 residence" {
		t.Fatalf("schema list: %+v, %v", schemas, err)
	}

	must(t, cmdkit.ExitOK, "Done: issued 1", "", "cred", "issue", "--schema", "residence", "--holder", staff,
		"--field", "birthDate=2001-04-13", "--field", "city=Seoul", "--field", "name=Kim Minji", "--out", file("mine.json"))
	csv := "holder,birthDate,city\n"
	for i := 1; i <= 3; i++ {
		csv += fmt.Sprintf("0x%040x,1990-01-0%d,Seoul\n", i, i)
	}
	if err := os.WriteFile(file("holders.csv"), []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	must(t, cmdkit.ExitOK, "Done: issued 3 credentials", "", "cred", "issue", "--schema", "residence", "--csv", file("holders.csv"), "--batch", "2", "--out", tmp)
	// Run again (as after an interruption): the holders whose files are written are skipped.
	must(t, cmdkit.ExitOK, "3 credentials were already issued", "", "cred", "issue", "--schema", "residence", "--csv", file("holders.csv"), "--batch", "2", "--out", tmp)
	if _, err := ReadCredential(filepath.Join(tmp, "0x0000000000000000000000000000000000000002.cred.json")); err != nil {
		t.Fatal(err)
	}
	must(t, cmdkit.ExitOK, "matches the chain", "", "cred", "show", file("mine.json"))

	policy := fmt.Sprintf(`name = "seoul-resident-adult"
audience = "library.seoul.go.kr"

[credentials.residence]
schema = "%s"
issuers = ["%s"]

[[rules]]
field = "residence.city"
equals = "Seoul"

[[rules]]
field = "residence.birthDate"
age_between = [19, 120]
`, schemas[0].UID, staff)
	if err := os.WriteFile(file("policy.toml"), []byte(policy), 0o600); err != nil {
		t.Fatal(err)
	}
	challenges := file("challenges.json")
	presentFor := func(t *testing.T, out string) {
		t.Helper()
		ch := strings.TrimSpace(must(t, cmdkit.ExitOK, "0x", "", "cred", "challenge", "--audience", "library.seoul.go.kr", "--challenges", challenges))
		must(t, cmdkit.ExitOK, "Wrote", "", "cred", "present", "--audience", "library.seoul.go.kr", "--challenge", ch,
			"--field", "residence.city", "--field", "residence.birthDate", "--out", out, file("mine.json"))
	}
	presentFor(t, file("p1.json"))
	if data, _ := os.ReadFile(file("p1.json")); strings.Contains(string(data), "Kim Minji") {
		t.Fatal("an undisclosed field is in the presentation")
	}
	must(t, cmdkit.ExitOK, "ELIGIBLE", "", "cred", "check", "--policy", file("policy.toml"), "--challenges", challenges, file("p1.json"))
	must(t, cmdkit.ExitFailed, "challenge already used", "not eligible", "cred", "check", "--policy", file("policy.toml"), "--challenges", challenges, file("p1.json"))

	var cr Credential
	data, _ := os.ReadFile(file("mine.json"))
	if err := json.Unmarshal(data, &cr); err != nil {
		t.Fatal(err)
	}
	must(t, cmdkit.ExitOK, "Done: revoke credential", "", "cred", "revoke", cr.UID.Hex())
	must(t, cmdkit.ExitOK, "already revoked", "", "cred", "revoke", cr.UID.Hex())
	presentFor(t, file("p2.json"))
	out := must(t, cmdkit.ExitFailed, "revoked by the issuer", "", "--json", "cred", "check", "--policy", file("policy.toml"), "--challenges", challenges, file("p2.json"))
	var v Verdict
	if err := json.Unmarshal([]byte(out), &v); err != nil || v.Eligible {
		t.Fatalf("verdict %+v, %v", v, err)
	}

	if err := os.WriteFile(file("bad.toml"), []byte(strings.Replace(policy, "equals", "equal", 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	must(t, cmdkit.ExitUsage, "", "bad.toml:10: unknown key", "cred", "check", "--policy", file("bad.toml"), "--challenges", challenges, file("p2.json"))
	must(t, cmdkit.ExitOK, "Done: stop trusting", "", "cred", "issuer", "remove", "--schema", "residence", staff)
}
