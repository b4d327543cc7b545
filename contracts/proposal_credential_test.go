package contracts

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/bindings/citizenproposals"
	"github.com/seoulchain/seoulchain/bindings/eas"
	"github.com/seoulchain/seoulchain/bindings/schemaregistry"
	"github.com/seoulchain/seoulchain/bindings/trustedissuerresolver"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/services/voting"
)

// credProposalWorld: proposals and the credentials service on one chain, the residence
// schema registered under the city's resolver and accepted by the proposals, the district
// office trusted to issue it, and three citizens on no roll at all.
type credProposalWorld struct {
	*proposalWorld
	office                     *account
	easAddr, resolver, regAddr common.Address
	eas, res, reg              *abi.ABI
	schema                     common.Hash
}

func newCredProposalWorld(t *testing.T) *credProposalWorld {
	t.Helper()
	acc := accounts(t, 5)
	city := acc[0]
	book := city.Deploy(deploy.CitizenProposals, deploy.CredResolver)
	w := &credProposalWorld{
		proposalWorld: &proposalWorld{t: t, city: city, dept: city, citizens: acc[2:4], stray: acc[4], addr: book[deploy.CitizenProposals]},
		office:        acc[1], easAddr: book[deploy.EAS], resolver: book[deploy.CredResolver], regAddr: book[deploy.SchemaRegistry],
	}
	w.abi, _ = citizenproposals.CitizenProposalsMetaData.GetAbi()
	w.eas, _ = eas.EASMetaData.GetAbi()
	w.res, _ = trustedissuerresolver.TrustedIssuerResolverMetaData.GetAbi()
	w.reg, _ = schemaregistry.SchemaRegistryMetaData.GetAbi()
	city.ok(w.addr, w.abi, "setRules", smallRules)
	w.schema = w.register("bytes32 residence")
	city.ok(w.resolver, w.res, "addIssuer", w.schema, w.office.addr())
	city.ok(w.addr, w.abi, "setResidenceSchema", w.schema, w.resolver)
	return w
}

func (w *credProposalWorld) register(schema string) common.Hash {
	w.t.Helper()
	r := w.city.ok(w.regAddr, w.reg, "register", schema, w.resolver, true)
	return common.HexToHash(event(w.t, r, "Registered")["uid"])
}

// issue attests `schema` to `holder` by `by`, valid for a minute, and returns its UID.
func (w *credProposalWorld) issue(by *account, schema common.Hash, holder common.Address) common.Hash {
	w.t.Helper()
	req := eas.AttestationRequest{Schema: schema, Data: eas.AttestationRequestData{
		Recipient: holder, ExpirationTime: w.city.now() + 60, Revocable: true,
		Data: common.LeftPadBytes([]byte{0xc0, 0xff, 0xee}, 32), Value: new(big.Int),
	}}
	r := by.ok(w.easAddr, w.eas, "attest", req)
	return common.HexToHash(event(w.t, r, "Attested")["uid"])
}

func (w *credProposalWorld) proposeWith(by *account, uid common.Hash) (*big.Int, error) {
	w.t.Helper()
	r, err := by.send(w.addr, w.abi, "proposeWithCredential", testTitle, "", crypto.Keccak256Hash([]byte(testTitle)), crypto.Keccak256Hash([]byte("text")), uint16(3), uid)
	if err != nil {
		return nil, err
	}
	id, _ := new(big.Int).SetString(event(w.t, r, "ProposalCreated")["id"], 10)
	return id, nil
}

// TestProposalCredentialSupports: a residence credential proves eligibility to propose and
// to support, with no roll published; each way it can fail is refused by name.
func TestProposalCredentialSupports(t *testing.T) {
	w := newCredProposalWorld(t)
	a, b := w.citizens[0], w.citizens[1]
	credA := w.issue(w.office, w.schema, a.addr())
	credB := w.issue(w.office, w.schema, b.addr())

	if _, err := w.proposeWith(w.stray, credA); err == nil {
		t.Fatal("a stranger proposed with a's credential")
	} else {
		reverts(t, err, "ProposalCredentialNotHolder", nil)
	}
	id, err := w.proposeWith(a, credA)
	if err != nil {
		t.Fatalf("propose with a credential: %v", err)
	}
	// No roll: the roll path is closed, the credential path open.
	_, err = a.send(w.addr, w.abi, "propose", testTitle, "", crypto.Keccak256Hash([]byte(testTitle)), crypto.Keccak256Hash([]byte("text")), uint16(3), [][32]byte{})
	reverts(t, err, "ProposalNoRoll", nil)

	other := w.register("bytes32 incomeBracket")
	w.city.ok(w.resolver, w.res, "addIssuer", other, w.office.addr())
	wrongSchema := w.issue(w.office, other, b.addr())
	w.city.ok(w.resolver, w.res, "addIssuer", w.schema, w.stray.addr())
	byStray := w.issue(w.stray, w.schema, b.addr())
	w.city.ok(w.resolver, w.res, "removeIssuer", w.schema, w.stray.addr())
	revoked := w.issue(w.office, w.schema, b.addr())
	w.office.ok(w.easAddr, w.eas, "revoke", eas.RevocationRequest{Schema: w.schema, Data: eas.RevocationRequestData{Uid: revoked, Value: new(big.Int)}})

	w.run([]step{
		{name: "another schema", from: b, method: "supportWithCredential", args: []any{id, wrongSchema}, revert: "ProposalCredentialWrongSchema"},
		{name: "no such attestation", from: b, method: "supportWithCredential", args: []any{id, common.Hash{1}}, revert: "ProposalCredentialWrongSchema"},
		{name: "someone else's", from: b, method: "supportWithCredential", args: []any{id, credA}, revert: "ProposalCredentialNotHolder"},
		{name: "revoked", from: b, method: "supportWithCredential", args: []any{id, revoked}, revert: "ProposalCredentialRevoked"},
		{name: "issuer no longer trusted", from: b, method: "supportWithCredential", args: []any{id, byStray}, revert: "ProposalCredentialUntrusted"},
		{name: "unknown proposal", from: b, method: "supportWithCredential", args: []any{big.NewInt(9), credB}, revert: "ProposalUnknown"},
		{name: "b supports", from: b, method: "supportWithCredential", args: []any{id, credB}, check: func(t *testing.T, ev map[string]map[string]string) {
			if ev["Supported"]["backers"] != "1" {
				t.Fatalf("Supported %v, want 1 backer", ev["Supported"])
			}
		}},
		{name: "b again", from: b, method: "supportWithCredential", args: []any{id, credB}, revert: "ProposalAlreadySupported"},
		{name: "a supports", from: a, method: "supportWithCredential", args: []any{id, credA}, check: func(t *testing.T, ev map[string]map[string]string) {
			if ev["StageReached"]["stage"] != "1" {
				t.Fatalf("events %v: the second support reaches stage 1", ev)
			}
		}},
		{name: "b withdraws", from: b, method: "withdraw", args: []any{id}},
		{name: "b supports anew", from: b, method: "supportWithCredential", args: []any{id, credB}},
	})

	// Expired: the credentials ran for a minute.
	w.advance(2 * time.Minute)
	w.run([]step{
		{name: "b withdraws", from: b, method: "withdraw", args: []any{id}},
		{name: "expired", from: b, method: "supportWithCredential", args: []any{id, credB}, revert: "ProposalCredentialExpired"},
	})
	fresh := w.issue(w.office, w.schema, b.addr())

	// Turned off: credentials prove nothing.
	w.city.ok(w.addr, w.abi, "setResidenceSchema", common.Hash{}, common.Address{})
	w.run([]step{
		{name: "off", from: b, method: "supportWithCredential", args: []any{id, fresh}, revert: "ProposalResidenceOff"},
	})
	if _, err := w.proposeWith(b, fresh); err == nil {
		t.Fatal("proposed with credentials off")
	} else {
		reverts(t, err, "ProposalResidenceOff", nil)
	}
}

// TestProposalCredentialOneSupportEitherWay: a citizen on the roll who also holds a
// credential supports once, whichever proof comes first.
func TestProposalCredentialOneSupportEitherWay(t *testing.T) {
	w := newCredProposalWorld(t)
	c := w.citizens[0]
	w.proposalWorld.roll = mustRoll(t, c.addr(), w.citizens[1].addr())
	w.city.ok(w.addr, w.abi, "setRoll", w.roll.Root, uint32(w.roll.Size))
	id := w.propose()
	cred := w.issue(w.office, w.schema, c.addr())
	w.run([]step{
		{name: "by roll", from: c, method: "support", args: []any{id, w.proof(c)}},
		{name: "then by credential", from: c, method: "supportWithCredential", args: []any{id, cred}, revert: "ProposalAlreadySupported"},
	})
}

// TestProposalResidenceSchemaSettings: the roll admin's alone, and a schema needs a resolver.
func TestProposalResidenceSchemaSettings(t *testing.T) {
	w := newCredProposalWorld(t)
	_, err := w.stray.send(w.addr, w.abi, "setResidenceSchema", w.schema, w.resolver)
	reverts(t, err, "AccessControlUnauthorizedAccount", nil)
	_, err = w.city.send(w.addr, w.abi, "setResidenceSchema", w.schema, common.Address{})
	reverts(t, err, "ProposalResidenceNoResolver", nil)
	r := w.city.ok(w.addr, w.abi, "setResidenceSchema", w.schema, w.resolver)
	if got := event(t, r, "ResidenceSchemaSet")["schema"]; common.HexToHash(got) != w.schema {
		t.Fatalf("ResidenceSchemaSet schema %s, want %s", got, w.schema)
	}
	out := w.city.call(w.addr, w.abi, "residenceSchema")
	if common.Hash(out[0].([32]byte)) != w.schema || out[1].(common.Address) != w.resolver {
		t.Fatalf("residenceSchema() = %v", out)
	}
}

func mustRoll(t *testing.T, voters ...common.Address) *voting.Roll {
	t.Helper()
	r, err := voting.NewRoll(voters)
	if err != nil {
		t.Fatal(err)
	}
	return r
}
