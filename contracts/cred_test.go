package contracts

import (
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/bindings/eas"
	"github.com/seoulchain/seoulchain/bindings/schemaregistry"
	"github.com/seoulchain/seoulchain/bindings/trustedissuerresolver"
	"github.com/seoulchain/seoulchain/internal/deploy"
)

// TestEASBuildMatchesPackage: our London build of EAS's SchemaRegistry and EAS (solc 0.8.29,
// OpenZeppelin 5.3.0, EAS's optimizer settings) is byte for byte the bytecode the npm package
// ships, metadata included: the chain runs the code EAS published, and the London check
// (TestBytecodeIsLondon) walks it with the rest of artifacts/.
func TestEASBuildMatchesPackage(t *testing.T) {
	requireToolchain(t)
	pkg := filepath.Join("node_modules", "@ethereum-attestation-service", "eas-contracts", "artifacts", "contracts")
	for _, name := range []string{"SchemaRegistry", "EAS"} {
		shippedJSON, err := os.ReadFile(filepath.Join(pkg, name+".sol", name+".json"))
		if err != nil {
			t.Fatalf("the package's artifact of %s: %v", name, err)
		}
		var shipped struct{ Bytecode string }
		if err := json.Unmarshal(shippedJSON, &shipped); err != nil {
			t.Fatal(err)
		}
		ours, err := os.ReadFile(filepath.Join("artifacts", name+".bin"))
		if err != nil {
			t.Fatal(err)
		}
		if got, want := strings.TrimSpace(string(ours)), strings.TrimPrefix(shipped.Bytecode, "0x"); got != want {
			t.Errorf("artifacts/%s.bin (%d bytes) differs from the package's (%d bytes)", name, len(got)/2, len(want)/2)
		}
	}
}

var registrarRole = crypto.Keccak256Hash([]byte("REGISTRAR_ROLE"))

// credWorld is EAS, its registry and the city's resolver, with a schema registered under
// the resolver and the district office trusted to issue it.
type credWorld struct {
	city, office, stranger, holder *account
	addrs                          deploy.Addresses
	eas, reg, res                  *abi.ABI
	schema                         common.Hash
}

func credSetup(t *testing.T) *credWorld {
	t.Helper()
	acc := accounts(t, 4)
	w := &credWorld{city: acc[0], office: acc[1], stranger: acc[2], holder: acc[3]}
	w.addrs = w.city.Deploy(deploy.CredResolver)
	var err error
	if w.eas, err = eas.EASMetaData.GetAbi(); err != nil {
		t.Fatal(err)
	}
	if w.reg, err = schemaregistry.SchemaRegistryMetaData.GetAbi(); err != nil {
		t.Fatal(err)
	}
	if w.res, err = trustedissuerresolver.TrustedIssuerResolverMetaData.GetAbi(); err != nil {
		t.Fatal(err)
	}
	resolver := w.addrs[deploy.CredResolver]
	r := w.city.ok(w.addrs[deploy.SchemaRegistry], w.reg, "register", "bytes32 residence", resolver, true)
	w.schema = common.HexToHash(event(t, r, "Registered")["uid"])
	// EAS's schema UID: keccak256(abi.encodePacked(schema, resolver, revocable)).
	want := crypto.Keccak256Hash([]byte("bytes32 residence"), resolver.Bytes(), []byte{1})
	if w.schema != want {
		t.Fatalf("schema UID %s, want %s", w.schema, want)
	}
	w.city.ok(resolver, w.res, "addIssuer", w.schema, w.office.addr())
	return w
}

func (w *credWorld) request(recipient common.Address, expiry uint64) eas.AttestationRequest {
	return eas.AttestationRequest{Schema: w.schema, Data: eas.AttestationRequestData{
		Recipient: recipient, ExpirationTime: expiry, Revocable: true,
		Data: common.LeftPadBytes([]byte{0xc0, 0xff, 0xee}, 32), Value: new(big.Int),
	}}
}

func (w *credWorld) attestation(t *testing.T, uid common.Hash) eas.Attestation {
	t.Helper()
	out := w.city.call(w.addrs[deploy.EAS], w.eas, "getAttestation", uid)
	return *abi.ConvertType(out[0], new(eas.Attestation)).(*eas.Attestation)
}

func TestCredResolverAttestRules(t *testing.T) {
	w := credSetup(t)
	soon := w.city.now() + 3600
	for _, tc := range []struct {
		name   string
		from   *account
		req    eas.AttestationRequest
		revert string
	}{
		{"trusted issuer", w.office, w.request(w.holder.addr(), soon), ""},
		{"untrusted issuer", w.stranger, w.request(w.holder.addr(), soon), "ResolverUntrustedIssuer"},
		{"no holder", w.office, w.request(common.Address{}, soon), "ResolverNoHolder"},
		{"no expiry", w.office, w.request(w.holder.addr(), 0), "ResolverNoExpiry"},
		{"expiry passed", w.office, w.request(w.holder.addr(), w.city.now()-1), "InvalidExpirationTime"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := tc.from.send(w.addrs[deploy.EAS], w.eas, "attest", tc.req)
			if tc.revert != "" {
				reverts(t, err, tc.revert, nil)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			uid := common.HexToHash(event(t, r, "Attested")["uid"])
			a := w.attestation(t, uid)
			if a.Attester != w.office.addr() || a.Recipient != w.holder.addr() || a.ExpirationTime != soon || a.Schema != w.schema {
				t.Fatalf("attestation %+v", a)
			}
		})
	}
	// The refusal names the schema and the issuer.
	_, err := w.stranger.send(w.addrs[deploy.EAS], w.eas, "attest", w.request(w.holder.addr(), soon))
	reverts(t, err, "ResolverUntrustedIssuer", map[string]string{"schema": w.schema.Hex(), "issuer": w.stranger.addr().Hex()})
}

// TestCredResolverMultiAttest: one untrusted request refuses the whole batch.
func TestCredResolverMultiAttest(t *testing.T) {
	w := credSetup(t)
	soon := w.city.now() + 3600
	batch := func(reqs ...eas.AttestationRequest) []eas.MultiAttestationRequest {
		var data []eas.AttestationRequestData
		for _, r := range reqs {
			data = append(data, r.Data)
		}
		return []eas.MultiAttestationRequest{{Schema: w.schema, Data: data}}
	}
	good := w.request(w.holder.addr(), soon)
	r := w.office.ok(w.addrs[deploy.EAS], w.eas, "multiAttest", batch(good, good, good))
	n := 0
	for _, ev := range r.Events {
		if ev.Name == "Attested" {
			n++
		}
	}
	if n != 3 {
		t.Fatalf("%d Attested events, want 3", n)
	}
	_, err := w.office.send(w.addrs[deploy.EAS], w.eas, "multiAttest", batch(good, w.request(w.holder.addr(), 0), good))
	reverts(t, err, "ResolverNoExpiry", nil)
	_, err = w.stranger.send(w.addrs[deploy.EAS], w.eas, "multiAttest", batch(good))
	reverts(t, err, "ResolverUntrustedIssuer", nil)
}

// TestCredRevokedAndExpired pins what a verifier must read: EAS's isAttestationValid stays
// true after a revocation (it only says the UID exists), so revocationTime is the fact; and
// an expired attestation changes nothing on chain, so the verifier compares expirationTime
// with the time of its check.
func TestCredRevokedAndExpired(t *testing.T) {
	w := credSetup(t)
	easAddr := w.addrs[deploy.EAS]
	r := w.office.ok(easAddr, w.eas, "attest", w.request(w.holder.addr(), w.city.now()+60))
	uid := common.HexToHash(event(t, r, "Attested")["uid"])

	revoke := eas.RevocationRequest{Schema: w.schema, Data: eas.RevocationRequestData{Uid: uid, Value: new(big.Int)}}
	_, err := w.stranger.send(easAddr, w.eas, "revoke", revoke)
	reverts(t, err, "AccessDenied", nil) // only the issuer revokes

	// The city stops trusting the office: its credential stands, and it can still revoke.
	w.city.ok(w.addrs[deploy.CredResolver], w.res, "removeIssuer", w.schema, w.office.addr())
	w.office.ok(easAddr, w.eas, "revoke", revoke)
	if a := w.attestation(t, uid); a.RevocationTime == 0 {
		t.Fatal("revocationTime not set by revoke")
	}
	if !w.city.call(easAddr, w.eas, "isAttestationValid", uid)[0].(bool) {
		t.Fatal("isAttestationValid turned false after revoke: the verifier's reading of revocationTime can be reconsidered")
	}
	_, err = w.office.send(easAddr, w.eas, "revoke", revoke)
	reverts(t, err, "AlreadyRevoked", nil)

	w.city.ok(w.addrs[deploy.CredResolver], w.res, "addIssuer", w.schema, w.office.addr())
	r = w.office.ok(easAddr, w.eas, "attest", w.request(w.holder.addr(), w.city.now()+60))
	uid = common.HexToHash(event(t, r, "Attested")["uid"])
	if err := w.city.chain.AdjustTime(2 * time.Minute); err != nil {
		t.Fatal(err)
	}
	w.city.ok(w.addrs[deploy.CredResolver], w.res, "addIssuer", w.schema, w.stranger.addr()) // a block after the jump
	if a := w.attestation(t, uid); a.ExpirationTime >= w.city.now() || a.RevocationTime != 0 {
		t.Fatalf("after the expiry: expirationTime %d, now %d, revocationTime %d", a.ExpirationTime, w.city.now(), a.RevocationTime)
	}
}

func TestCredResolverTrustList(t *testing.T) {
	w := credSetup(t)
	res := w.addrs[deploy.CredResolver]
	other := w.stranger.addr()

	_, err := w.stranger.send(res, w.res, "addIssuer", w.schema, other)
	reverts(t, err, "AccessControlUnauthorizedAccount", map[string]string{"neededRole": registrarRole.Hex()})
	_, err = w.stranger.send(res, w.res, "removeIssuer", w.schema, w.office.addr())
	reverts(t, err, "AccessControlUnauthorizedAccount", nil)

	r := w.city.ok(res, w.res, "addIssuer", w.schema, other)
	if ev := event(t, r, "IssuerAdded"); ev["issuer"] != other.Hex() || ev["by"] != w.city.addr().Hex() || ev["schema"] != w.schema.Hex() {
		t.Fatalf("IssuerAdded %v", ev)
	}
	_, err = w.city.send(res, w.res, "addIssuer", w.schema, other)
	reverts(t, err, "ResolverIssuerAlreadyTrusted", nil)
	_, err = w.city.send(res, w.res, "addIssuer", w.schema, common.Address{})
	reverts(t, err, "ResolverZeroAddress", nil)
	if got := w.city.call(res, w.res, "issuers", w.schema)[0].([]common.Address); len(got) != 2 {
		t.Fatalf("issuers %v, want the office and the new one", got)
	}

	r = w.city.ok(res, w.res, "removeIssuer", w.schema, other)
	if ev := event(t, r, "IssuerRemoved"); ev["issuer"] != other.Hex() {
		t.Fatalf("IssuerRemoved %v", ev)
	}
	_, err = w.city.send(res, w.res, "removeIssuer", w.schema, other)
	reverts(t, err, "ResolverIssuerNotTrusted", nil)
	if w.city.call(res, w.res, "isTrusted", w.schema, other)[0].(bool) {
		t.Fatal("removed issuer still trusted")
	}
	// Trust is per schema: the office is not trusted for another one.
	r = w.city.ok(w.addrs[deploy.SchemaRegistry], w.reg, "register", "bytes32 income", res, true)
	income := common.HexToHash(event(t, r, "Registered")["uid"])
	req := w.request(w.holder.addr(), w.city.now()+3600)
	req.Schema = income
	_, err = w.office.send(w.addrs[deploy.EAS], w.eas, "attest", req)
	reverts(t, err, "ResolverUntrustedIssuer", map[string]string{"schema": income.Hex()})
}

// TestCredResolverOnlyEAS: nobody but EAS reaches the resolver's hooks, and it takes no
// money (EAS refuses a value for a resolver that is not payable).
func TestCredResolverOnlyEAS(t *testing.T) {
	w := credSetup(t)
	a := trustedissuerresolver.Attestation{Schema: w.schema, Attester: w.office.addr(), Recipient: w.holder.addr(), ExpirationTime: w.city.now() + 60}
	_, err := w.stranger.send(w.addrs[deploy.CredResolver], w.res, "attest", a)
	reverts(t, err, "ResolverNotEAS", map[string]string{"caller": w.stranger.addr().Hex()})
	_, err = w.stranger.send(w.addrs[deploy.CredResolver], w.res, "revoke", a)
	reverts(t, err, "ResolverNotEAS", nil)
	if w.city.call(w.addrs[deploy.CredResolver], w.res, "isPayable")[0].(bool) {
		t.Fatal("resolver payable")
	}
}
