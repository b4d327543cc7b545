package proposal

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
	"github.com/seoulchain/seoulchain/services/cred"
)

// TestGaslessProposalSupportWithResidenceCredential: the city registers the residence schema,
// trusts its staff as issuer and accepts the schema for proposals; a citizen on no roll,
// with no gas, proposes and supports with the credential the city issued it, through the
// relayer; a revoked credential, one of another schema and someone else's are refused
// before anything is sent.
func TestGaslessProposalSupportWithResidenceCredential(t *testing.T) {
	e := cliEnv{t, network.Dir(t)}
	url := startRelayer(t, e.dir)
	tmp := t.TempDir()
	file := func(name string) string { return filepath.Join(tmp, name) }
	staff := network.Info(t).Staff.Address.Hex()
	minji, jun := cmdtest.NewGaslessParty(t), cmdtest.NewGaslessParty(t)
	rel := func(p cmdtest.Party) []string { return append([]string{"--relayer", url}, p.Flags...) }

	// Off until the roll admin turns it on.
	e.must(cmdkit.ExitOK, "Done: register schema", nil, "cred", "schema", "register", "residence")
	e.must(cmdkit.ExitOK, "Done: trust "+staff, nil, "cred", "issuer", "add", "--schema", "residence", staff)
	e.must(cmdkit.ExitOK, "Done: issued 1 credential", nil, "cred", "issue", "--schema", "residence", "--holder", minji.Addr.Hex(), "--field", "city=Seoul", "--out", file("minji.json"))
	e.must(cmdkit.ExitOK, "Done: issued 1 credential", nil, "cred", "issue", "--schema", "residence", "--holder", jun.Addr.Hex(), "--field", "city=Seoul", "--out", file("jun.json"))
	newArgs := []string{"propose", "new", "--title", "Night buses to Eunpyeong every 15 minutes", "--category", "transport",
		"--text", "Night buses to Eunpyeong run every 40 minutes; every 15 would serve shift workers."}
	e.must(cmdkit.ExitFailed, "accepts no residence credentials for proposals (ProposalResidenceOff)", rel(minji), append(newArgs, "--credential", file("minji.json"))...)
	if out := e.must(cmdkit.ExitOK, "", nil, "propose", "rules", "show"); !strings.Contains(out, "Residence credentials: not accepted") {
		t.Fatalf("rules show before:\n%s", out)
	}
	e.must(cmdkit.ExitUsage, "in two commands", nil, "propose", "rules", "set", "--residence-schema", "residence", "--window", "1h")
	e.must(cmdkit.ExitUsage, "--residence-schema \"0x12\": a UID is 32 bytes", nil, "propose", "rules", "set", "--residence-schema", "0x12")
	e.must(cmdkit.ExitOK, "Done: accept residence credentials residence", nil, "propose", "rules", "set", "--residence-schema", "residence")
	if out := e.must(cmdkit.ExitOK, "", nil, "propose", "rules", "show"); !strings.Contains(out, "accepted: schema 0x") {
		t.Fatalf("rules show after:\n%s", out)
	}

	// Minji proposes and Jun supports, gaslessly, with credentials only.
	e.must(cmdkit.ExitUsage, "give one proof of eligibility, not both", rel(minji), append(newArgs, "--credential", file("minji.json"), "--roll", file("none.json"))...)
	out := e.must(cmdkit.ExitOK, "gasless: relayed by", rel(minji), append(newArgs, "--credential", file("minji.json"))...)
	id := out[strings.Index(out, "Proposal #")+len("Proposal #"):]
	id = id[:strings.Index(id, " ")]
	e.must(cmdkit.ExitFailed, "(ProposalCredentialNotHolder)", rel(jun), "propose", "support", id, "--credential", file("minji.json"))
	out = e.must(cmdkit.ExitOK, "gasless: relayed by", rel(jun), "propose", "support", id, "--credential", file("jun.json"))
	if !strings.Contains(out, "Done: support proposal "+id+" with residence credential") {
		t.Fatalf("support with a credential:\n%s", out)
	}
	e.must(cmdkit.ExitOK, "already supports proposal "+id, rel(jun), "propose", "support", id, "--credential", file("jun.json"))
	e.must(cmdkit.ExitOK, "gasless: relayed by", rel(jun), "propose", "withdraw", id)

	// Refusals: another schema, a revoked credential.
	e.must(cmdkit.ExitOK, "Done: register schema", nil, "cred", "schema", "register", "incomeBracket")
	e.must(cmdkit.ExitOK, "Done: trust", nil, "cred", "issuer", "add", "--schema", "incomeBracket", staff)
	e.must(cmdkit.ExitOK, "Done: issued 1 credential", nil, "cred", "issue", "--schema", "incomeBracket", "--holder", jun.Addr.Hex(), "--field", "bracket=3", "--out", file("income.json"))
	e.must(cmdkit.ExitFailed, "(ProposalCredentialWrongSchema)", rel(jun), "propose", "support", id, "--credential", file("income.json"))
	junCred, err := cred.ReadCredential(file("jun.json"))
	if err != nil {
		t.Fatal(err)
	}
	e.must(cmdkit.ExitOK, "Done: revoke credential", nil, "cred", "revoke", junCred.UID.Hex())
	e.must(cmdkit.ExitFailed, "(ProposalCredentialRevoked)", rel(jun), "propose", "support", id, "--credential", file("jun.json"))

	// Off again: credentials prove nothing.
	e.must(cmdkit.ExitOK, "Done: accept no residence credentials", nil, "propose", "rules", "set", "--residence-schema", "off")
	e.must(cmdkit.ExitFailed, "(ProposalResidenceOff)", rel(minji), "propose", "support", id, "--credential", file("minji.json"))
}
