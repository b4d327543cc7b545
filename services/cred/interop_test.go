package cred

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/bindings/eas"
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

// sdkOut is what eas-interop.cjs answers.
type sdkOut struct {
	Read     []sdkAttestation     `json:"read"`
	Attested common.Hash          `json:"attested"`
	Offchain *OffchainAttestation `json:"offchain"`
}

// easSDK runs testdata/eas-interop.cjs with node on the packages of contracts/ (npm ci,
// as make test does), attesting (and signing off chain) as key when req asks.
func easSDK(t *testing.T, req map[string]any, key string) *sdkOut {
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
	var out sdkOut
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatalf("SDK output %q: %v", stdout.String(), err)
	}
	return &out
}

// TestEASSDKInterop: credentials issued in Go are read by EAS's own SDK as Go wrote them
// (and a revocation shows in revocationTime, not in isAttestationValid); a credential
// attested by the SDK passes our verifier; an off-chain attestation the SDK signs offline
// (version 2) is verified in Go: signature, issuer trusted, not revoked off chain.
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
	signedAt := time.Now().Unix()
	out := easSDK(t, map[string]any{
		"rpc": info.RPC(), "eas": info.Contracts[deploy.EAS].Hex(),
		"read":   []common.Hash{cr.UID, revoked.UID},
		"attest": map[string]any{"name": "residence", "schema": is.schema.Hex(), "recipient": addr(holder).Hex(), "root": tree.Root().Hex(), "expirationTime": expires},
		"offchain": map[string]any{"name": "residence", "chainId": info.ChainID, "schema": is.schema.Hex(), "recipient": addr(holder).Hex(),
			"root": tree.Root().Hex(), "time": signedAt, "expirationTime": expires},
	}, hexutil.Encode(crypto.FromECDSA(is.key))[2:])
	read, uid := out.Read, out.Attested

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
	checkSDKOffchain(t, is, chain, out.Offchain)
}

// checkSDKOffchain: the SDK's off-chain attestation passes CheckOffchain, and each change
// or later event is refused by its error.
func checkSDKOffchain(t *testing.T, is *devIssuer, chain *EASChain, off *OffchainAttestation) {
	t.Helper()
	if off == nil {
		t.Fatal("the SDK signed no off-chain attestation")
	}
	info := network.Info(t)
	ctx := context.Background()
	d := EASDomain{ChainID: info.ChainID, EAS: info.Contracts[deploy.EAS]}
	now := time.Now()
	if err := chain.CheckOffchain(ctx, off, is.party.Addr, d, now); err != nil {
		t.Fatalf("the SDK's off-chain attestation refused: %v", err)
	}
	changed := func(f func(a *OffchainAttestation)) *OffchainAttestation {
		c := *off
		c.Message.Data = append(hexutil.Bytes{}, off.Message.Data...)
		f(&c)
		return &c
	}
	for _, tc := range []struct {
		name     string
		a        *OffchainAttestation
		attester common.Address
		d        EASDomain
		at       time.Time
		want     error
	}{
		{"a byte of the data changed", changed(func(a *OffchainAttestation) { a.Message.Data[5] ^= 1 }), is.party.Addr, d, now, ErrOffchainSignature},
		{"the UID changed", changed(func(a *OffchainAttestation) { a.UID[0] ^= 1 }), is.party.Addr, d, now, ErrOffchainSignature},
		{"the signature changed", changed(func(a *OffchainAttestation) { a.Signature.R[3] ^= 1 }), is.party.Addr, d, now, ErrOffchainSignature},
		{"claimed for another issuer", off, common.HexToAddress("0x1234"), d, now, ErrOffchainSignature},
		{"for another EAS", off, is.party.Addr, EASDomain{ChainID: d.ChainID, EAS: common.HexToAddress("0xea5")}, now, ErrOffchainFormat},
		{"expired", off, is.party.Addr, d, time.Unix(int64(off.Message.ExpirationTime), 0), ErrOffchainExpired},
	} {
		if err := chain.CheckOffchain(ctx, tc.a, tc.attester, tc.d, tc.at); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}

	// The issuer revokes it off chain (EAS.revokeOffchain: a time under the issuer and UID).
	ec := cmdtest.Dial(t, info.RPC())
	opts, err := bind.NewKeyedTransactorWithChainID(is.key, new(big.Int).SetUint64(info.ChainID))
	if err != nil {
		t.Fatal(err)
	}
	tr, err := eas.NewEASTransactor(d.EAS, ec)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := tr.RevokeOffchain(opts, off.UID)
	if err != nil {
		t.Fatal(err)
	}
	if r, err := bind.WaitMined(ctx, ec, tx); err != nil || r.Status != 1 {
		t.Fatalf("revokeOffchain: %v %v", r, err)
	}
	if err := chain.CheckOffchain(ctx, off, is.party.Addr, d, time.Now()); !errors.Is(err, ErrOffchainRevoked) {
		t.Fatalf("after revokeOffchain: %v", err)
	}
	if code, _, errOut := run(t, "--devnet", is.dir, "cred", "issuer", "remove", "--schema", "residence", is.party.Addr.Hex()); code != cmdkit.ExitOK {
		t.Fatalf("issuer remove: %d %s", code, errOut)
	}
	if err := chain.CheckOffchain(ctx, off, is.party.Addr, d, time.Now()); !errors.Is(err, ErrOffchainUntrusted) {
		t.Fatalf("issuer no longer trusted: %v", err)
	}
}
