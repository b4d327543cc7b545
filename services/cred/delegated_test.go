package cred

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/eas"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/wallet"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// gaslessIssuer is an agency's key with no balance at all, trusted for residence by the
// staff: it can only issue by delegation.
type gaslessIssuer struct {
	addr  common.Address
	key   *ecdsa.PrivateKey
	flags []string // --keystore, --password-file
}

func newGaslessIssuer(t *testing.T, dir string) *gaslessIssuer {
	t.Helper()
	kd := t.TempDir()
	a, file, err := wallet.NewKey(kd, "pw", true)
	if err != nil {
		t.Fatal(err)
	}
	pw := filepath.Join(kd, "password")
	if err := os.WriteFile(pw, []byte("pw\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := run(t, "--devnet", dir, "cred", "issuer", "add", "--schema", "residence", a.Hex()); code != cmdkit.ExitOK {
		t.Fatalf("issuer add: %d %s", code, errOut)
	}
	k, err := wallet.LoadKey(file, "pw")
	if err != nil {
		t.Fatal(err)
	}
	return &gaslessIssuer{addr: a, key: k.PrivateKey, flags: []string{"--keystore", file, "--password-file", pw}}
}

// TestDelegatedTypedDataIsEASs: the EIP-712 type and domain built with apitypes are the
// ones the deployed EAS checks (its ATTEST_TYPEHASH and domain separator).
func TestDelegatedTypedDataIsEASs(t *testing.T) {
	info := network.Info(t)
	e, err := eas.NewEASCaller(info.Contracts[deploy.EAS], cmdtest.Dial(t, info.RPC()))
	if err != nil {
		t.Fatal(err)
	}
	opts := &bind.CallOpts{Context: context.Background()}
	wantType, err := e.GetAttestTypeHash(opts)
	if err != nil {
		t.Fatal(err)
	}
	wantDomain, err := e.GetDomainSeparator(opts)
	if err != nil {
		t.Fatal(err)
	}
	b := &DelegatedBatch{Requests: []DelegatedRequest{{}}}
	td := b.TypedData(EASDomain{ChainID: info.ChainID, EAS: info.Contracts[deploy.EAS]}, 0)
	domain, err := td.HashStruct("EIP712Domain", td.Domain.Map())
	if err != nil {
		t.Fatal(err)
	}
	if got := common.BytesToHash(td.TypeHash("Attest")); got != wantType {
		t.Fatalf("Attest type hash %s, EAS's %x", got.Hex(), wantType)
	}
	if got := common.BytesToHash(domain); got != wantDomain {
		t.Fatalf("domain separator %s, EAS's %x", got.Hex(), wantDomain)
	}
}

// TestDelegatedAttestations: an issuer whose key has no gas issues through the relayer
// (POST /v1/cred/attestations) and is still the attester; what would fail is refused by
// name before anything is sent; the same signed batch posted twice is attested once.
func TestDelegatedAttestations(t *testing.T) {
	dir := network.Dir(t)
	if code, _, errOut := run(t, "--devnet", dir, "cred", "schema", "register", "residence"); code != cmdkit.ExitOK {
		t.Fatalf("schema register: %d %s", code, errOut)
	}
	info := network.Info(t)
	ec := cmdtest.Dial(t, info.RPC())
	schema := SchemaUID("residence", info.Contracts[deploy.CredResolver])
	d := EASDomain{ChainID: info.ChainID, EAS: info.Contracts[deploy.EAS]}
	is := newGaslessIssuer(t, dir)
	tr := startRelayer(t, dir, RelayerConfig{Delegation: DelegationConfig{Enabled: true, MaxBatch: 3}})
	holder := key(t)
	ctx := context.Background()

	t.Run("issue with no gas", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "cred.json")
		args := append(append([]string{"--devnet", dir, "--relayer", tr.base}, is.flags...),
			"cred", "issue", "--schema", "residence", "--holder", addr(holder).Hex(), "--field", "city=Seoul", "--field", "birthDate=1990-01-02", "--out", out)
		code, stdout, errOut := run(t, args...)
		if code != cmdkit.ExitOK {
			t.Fatalf("issue: %d %s", code, errOut)
		}
		if !strings.Contains(stdout, "Done: issued 1 credential;") || !strings.Contains(errOut, "issuing by delegation through the relayer") ||
			!strings.Contains(errOut, "gasless: sent by "+tr.base) {
			t.Fatalf("stdout %q\nstderr %q", stdout, errOut)
		}
		cr, err := ReadCredential(out)
		if err != nil {
			t.Fatal(err)
		}
		chain, err := NewEASChain(ec, d.EAS, info.Contracts[deploy.CredResolver])
		if err != nil {
			t.Fatal(err)
		}
		a, err := chain.Attestation(ctx, cr.UID)
		if err != nil {
			t.Fatal(err)
		}
		if a.Attester != is.addr || cr.Issuer != is.addr || a.Recipient != addr(holder) || common.BytesToHash(a.Data) != cr.Root {
			t.Fatalf("attestation %+v, credential issuer %s; want attester %s", a, cr.Issuer.Hex(), is.addr.Hex())
		}
		if bal, err := ec.BalanceAt(ctx, is.addr, nil); err != nil || bal.Sign() != 0 {
			t.Fatalf("the issuer's balance is %v (%v): it paid something", bal, err)
		}
	})

	next := func(t *testing.T) uint64 {
		t.Helper()
		n, err := NextNonce(ctx, ec, d.EAS, is.addr)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	sign := func(t *testing.T, k *ecdsa.PrivateKey, nonce uint64, n int, deadline time.Time) *DelegatedBatch {
		t.Helper()
		var data []eas.AttestationRequestData
		for i := 0; i < n; i++ {
			data = append(data, eas.AttestationRequestData{Recipient: addr(holder), ExpirationTime: uint64(time.Now().Add(time.Hour).Unix()),
				Revocable: true, Data: common.HexToHash("0xc0ffee").Bytes()})
		}
		b, err := NewDelegatedBatch(d, schema, data, nonce, uint64(deadline.Unix()), k)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	inAnHour := time.Now().Add(time.Hour)

	t.Run("refused by name", func(t *testing.T) {
		stranger := key(t)
		forged := sign(t, stranger, next(t), 1, inAnHour)
		forged.Attester = is.addr // claims the issuer, signed by someone else
		for _, tc := range []struct {
			name   string
			batch  *DelegatedBatch
			status int
			reason string
		}{
			{"signed by another key", forged, 400, ReasonBadSignature},
			{"issuer not trusted for the schema", sign(t, stranger, 0, 1, inAnHour), 403, ReasonUntrustedIssuer},
			{"nonce already used", sign(t, is.key, next(t)-1, 1, inAnHour), 400, ReasonNonceUsed},
			{"nonce not the next", sign(t, is.key, next(t)+5, 1, inAnHour), 400, ReasonNonceNotNext},
			{"deadline passed", sign(t, is.key, next(t), 1, time.Now().Add(-time.Minute)), 400, ReasonDeadlinePassed},
			{"too large a batch", sign(t, is.key, next(t), 4, inAnHour), 400, ReasonBatchTooLarge},
		} {
			t.Run(tc.name, func(t *testing.T) {
				var r Refusal
				if code := tr.post(t, "/attestations", tc.batch, &r); code != tc.status || r.Reason != tc.reason || r.Error == "" {
					t.Fatalf("%d %+v, want %d %s", code, r, tc.status, tc.reason)
				}
			})
		}
		var r Refusal
		if code := tr.post(t, "/attestations", map[string]any{"schema": schema, "requests": []any{}}, &r); code != 400 || r.Reason != ReasonBadRequest {
			t.Fatalf("empty batch: %d %+v", code, r)
		}
	})

	t.Run("the same batch twice is attested once", func(t *testing.T) {
		start := next(t)
		b := sign(t, is.key, start, 2, inAnHour)
		var first, again AttestationBatch
		if code := tr.post(t, "/attestations", b, &first); code != http.StatusAccepted || first.Status != plugin.StatusQueued || first.Count != 2 {
			t.Fatalf("first post: %d %+v", code, first)
		}
		if code := tr.post(t, "/attestations", b, &again); code != http.StatusOK || !again.Duplicate || again.ID != first.ID {
			t.Fatalf("second post: %d %+v", code, again)
		}
		done := tr.waitBatch(t, first.ID)
		if done.Status != plugin.StatusConfirmed || len(done.UIDs) != 2 {
			t.Fatalf("batch %+v", done)
		}
		again = AttestationBatch{}
		if code := tr.post(t, "/attestations", b, &again); code != http.StatusOK || !again.Duplicate || again.Status != plugin.StatusConfirmed ||
			len(again.UIDs) != 2 || again.UIDs[0] != done.UIDs[0] {
			t.Fatalf("post after confirmation: %d %+v", code, again)
		}
		if got := next(t); got != start+2 {
			t.Fatalf("EAS nonce %d after the batch posted three times, want %d: attested more than once", got, start+2)
		}
	})

	t.Run("batches queued behind one another go in order", func(t *testing.T) {
		start := next(t)
		a, b := sign(t, is.key, start, 3, inAnHour), sign(t, is.key, start+3, 1, inAnHour)
		var sa, sb AttestationBatch
		if code := tr.post(t, "/attestations", a, &sa); code != http.StatusAccepted {
			t.Fatalf("first: %d", code)
		}
		if code := tr.post(t, "/attestations", b, &sb); code != http.StatusAccepted {
			t.Fatalf("second, behind the first: %d %+v", code, sb)
		}
		if da, db := tr.waitBatch(t, sa.ID), tr.waitBatch(t, sb.ID); da.Status != plugin.StatusConfirmed || db.Status != plugin.StatusConfirmed || da.Block > db.Block {
			t.Fatalf("batches %+v then %+v", da, db)
		}
		resp, err := http.Get(tr.url + "/attestations/" + common.Hash{}.Hex())
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var r Refusal
		if err := json.NewDecoder(resp.Body).Decode(&r); err != nil || resp.StatusCode != http.StatusNotFound || r.Reason != ReasonUnknownBatch {
			t.Fatalf("status of a batch never posted: %d %+v %v", resp.StatusCode, r, err)
		}
	})
}

// waitBatch follows a posted batch until it is final.
func (tr *testRelayer) waitBatch(t *testing.T, id common.Hash) AttestationBatch {
	t.Helper()
	for end := time.Now().Add(90 * time.Second); time.Now().Before(end); time.Sleep(200 * time.Millisecond) {
		resp, err := http.Get(tr.url + "/attestations/" + id.Hex())
		if err != nil {
			t.Fatal(err)
		}
		var st AttestationBatch
		err = json.NewDecoder(resp.Body).Decode(&st)
		resp.Body.Close()
		if err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("GET batch %s: %d %v", id.Hex(), resp.StatusCode, err)
		}
		if st.Final() {
			return st
		}
	}
	t.Fatalf("batch %s not final after 90 s", id.Hex())
	return AttestationBatch{}
}
