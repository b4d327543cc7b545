package cred

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
	"github.com/seoulchain/seoulchain/internal/deploy"
)

// sdkAttestation is an attestation as EAS's SDK returns it (eas-interop.cjs).
type sdkAttestation struct {
	UID            common.Hash    `json:"uid"`
	Schema         common.Hash    `json:"schema"`
	Attester       common.Address `json:"attester"`
	Recipient      common.Address `json:"recipient"`
	ExpirationTime uint64         `json:"expirationTime"`
	RevocationTime uint64         `json:"revocationTime"`
	Data           hexutil.Bytes  `json:"data"`
	Valid          bool           `json:"valid"`
}

// easSDK runs testdata/eas-interop.cjs with node on the packages of contracts/ (npm ci,
// as make test does), attesting as key when req has "attest".
func easSDK(t *testing.T, req map[string]any, key string) (read []sdkAttestation, attested common.Hash) {
	t.Helper()
	modules, _ := filepath.Abs(filepath.Join("..", "..", "contracts", "node_modules"))
	if _, err := os.Stat(filepath.Join(modules, "@ethereum-attestation-service", "eas-sdk")); err != nil {
		t.Fatalf("EAS's SDK is not installed: run make test (or cd contracts && npm ci): %v", err)
	}
	in, _ := json.Marshal(req)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", filepath.Join("testdata", "eas-interop.cjs"))
	cmd.Env = append(os.Environ(), "NODE_PATH="+modules, "EAS_INTEROP_KEY="+key)
	cmd.Stdin = bytes.NewReader(in)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("node eas-interop.cjs: %v\n%s", err, stderr.String())
	}
	var out struct {
		Read     []sdkAttestation `json:"read"`
		Attested common.Hash      `json:"attested"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatalf("SDK output %q: %v", stdout.String(), err)
	}
	return out.Read, out.Attested
}

// TestEASSDKInterop: credentials issued in Go are read by EAS's own SDK as Go wrote them
// (and a revocation shows in revocationTime, not in isAttestationValid); a credential
// attested by the SDK passes our verifier.
func TestEASSDKInterop(t *testing.T) {
	is := newIssuer(t)
	holder := key(t)
	cr := is.issue(t, addr(holder), "birthDate=2001-04-13", "city=Seoul")
	revoked := is.issue(t, addr(holder), "birthDate=2001-04-13", "city=Seoul")
	if code, _, errOut := run(t, append(append([]string{"--devnet", is.dir}, is.party.Flags...), "cred", "revoke", revoked.UID.Hex())...); code != cmdkit.ExitOK {
		t.Fatalf("revoke: %d %s", code, errOut)
	}

	// What the SDK attests: fields salted and committed in Go, the root attested by the SDK.
	fields, err := NewFields(map[string]string{"birthDate": "1995-07-01", "city": "Seoul"})
	if err != nil {
		t.Fatal(err)
	}
	tree, _ := NewTree(fields)
	info := network.Info(t)
	expires := uint64(time.Now().Add(24 * time.Hour).Unix())
	read, uid := easSDK(t, map[string]any{
		"rpc": info.RPC(), "eas": info.Contracts[deploy.EAS].Hex(),
		"read":   []common.Hash{cr.UID, revoked.UID},
		"attest": map[string]any{"name": "residence", "schema": is.schema.Hex(), "recipient": addr(holder).Hex(), "root": tree.Root().Hex(), "expirationTime": expires},
	}, hexutil.Encode(crypto.FromECDSA(is.key))[2:])

	if len(read) != 2 {
		t.Fatalf("the SDK read %d attestations, want 2", len(read))
	}
	want := sdkAttestation{UID: cr.UID, Schema: is.schema, Attester: is.party.Addr, Recipient: addr(holder), ExpirationTime: cr.Expires, Data: cr.Root.Bytes(), Valid: true}
	if got := read[0]; got.UID != want.UID || got.Schema != want.Schema || got.Attester != want.Attester || got.Recipient != want.Recipient ||
		got.ExpirationTime != want.ExpirationTime || !bytes.Equal(got.Data, want.Data) || got.RevocationTime != 0 || !got.Valid {
		t.Fatalf("the SDK reads the Go credential as %+v, want %+v", got, want)
	}
	if r := read[1]; r.RevocationTime == 0 || !r.Valid {
		t.Fatalf("revoked credential through the SDK: revocationTime %d, isAttestationValid %v; want a time, and true (EAS's valid means exists)", r.RevocationTime, r.Valid)
	}

	// Our verifier on the SDK's attestation, with the holder's fields and salts.
	sdkCred := &Credential{Version: FormatVersion, ChainID: info.ChainID, EAS: info.Contracts[deploy.EAS], UID: uid, Schema: is.schema,
		SchemaName: "residence", Issuer: is.party.Addr, Holder: addr(holder), Expires: expires, Root: tree.Root(), Fields: fields}
	chain, err := NewEASChain(cmdtest.Dial(t, info.RPC()), info.Contracts[deploy.EAS], info.Contracts[deploy.CredResolver])
	if err != nil {
		t.Fatal(err)
	}
	onChain, err := chain.Attestation(context.Background(), uid)
	if err != nil || onChain.Attester != is.party.Addr || common.BytesToHash(onChain.Data) != tree.Root() || onChain.Expiration != expires {
		t.Fatalf("Go reads the SDK's attestation %s as %+v, %v", uid.Hex(), onChain, err)
	}
	pol, err := ParsePolicy("resident.toml", `name = "resident"
audience = "library.seoul.go.kr"
[credentials.residence]
schema = "`+is.schema.Hex()+`"
issuers = ["`+is.party.Addr.Hex()+`"]
[[rules]]
field = "residence.city"
equals = "Seoul"
`)
	if err != nil {
		t.Fatal(err)
	}
	v := &Verifier{Chain: chain, Challenges: NewChallenges(time.Minute), ChainID: info.ChainID, EAS: info.Contracts[deploy.EAS]}
	now := time.Now()
	ch, _ := v.Challenges.Issue(pol.Audience, now)
	p, err := Present([]*Credential{sdkCred}, []string{"residence.city"}, pol.Audience, ch, uint64(now.Unix()), holder)
	if err != nil {
		t.Fatal(err)
	}
	verdict, err := v.Check(context.Background(), p, pol, now)
	if err != nil {
		t.Fatal(err)
	}
	if !verdict.Eligible {
		t.Fatalf("the SDK's credential refused by our verifier: %s", strings.Join(failed(verdict), "; "))
	}
}
