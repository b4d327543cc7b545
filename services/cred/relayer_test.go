package cred

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/wallet"
	"github.com/seoulchain/seoulchain/relayer"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// devIssuer is a district office on the shared devnet: a funded key the staff (the
// resolver's registrar) trusts for the residence schema.
type devIssuer struct {
	dir    string // the devnet's
	party  cmdtest.Party
	key    *ecdsa.PrivateKey
	schema common.Hash // residence's UID
}

// newIssuer registers the residence schema (once for the devnet) and trusts a fresh issuer
// for it: each test has its own issuer, so none depends on another's trust changes.
func newIssuer(t *testing.T) *devIssuer {
	t.Helper()
	dir := network.Dir(t)
	if code, _, errOut := run(t, "--devnet", dir, "cred", "schema", "register", "residence"); code != cmdkit.ExitOK {
		t.Fatalf("schema register: %d %s", code, errOut)
	}
	party := cmdtest.NewParty(t, cmdtest.StaffSender(t, dir))
	if code, _, errOut := run(t, "--devnet", dir, "cred", "issuer", "add", "--schema", "residence", party.Addr.Hex()); code != cmdkit.ExitOK {
		t.Fatalf("issuer add: %d %s", code, errOut)
	}
	k, err := wallet.LoadKey(party.Flags[1], "pw")
	if err != nil {
		t.Fatal(err)
	}
	return &devIssuer{dir: dir, party: party, key: k.PrivateKey, schema: SchemaUID("residence", network.Info(t).Contracts[deploy.CredResolver])}
}

// issue issues a residence credential to holder through the command and reads its file.
func (d *devIssuer) issue(t *testing.T, holder common.Address, fields ...string) *Credential {
	t.Helper()
	out := filepath.Join(t.TempDir(), "cred.json")
	args := append(append([]string{"--devnet", d.dir}, d.party.Flags...), "cred", "issue", "--schema", "residence", "--holder", holder.Hex(), "--out", out)
	for _, f := range fields {
		args = append(args, "--field", f)
	}
	if code, _, errOut := run(t, args...); code != cmdkit.ExitOK {
		t.Fatalf("issue: %d %s", code, errOut)
	}
	c, err := ReadCredential(out)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// testRelayer is the real relayer, in process, with the cred plug-in on a clock the test
// moves.
type testRelayer struct {
	base  string // the relayer's (for --relayer)
	url   string
	clock atomic.Int64 // seconds added to the wall clock
}

func startRelayer(t *testing.T, dir string, conf RelayerConfig) *testRelayer {
	t.Helper()
	cfg := relayer.Config{Listen: "127.0.0.1:0", DataDir: filepath.Join(t.TempDir(), "relayer")}
	if err := relayer.DevnetConfig(&cfg, dir); err != nil {
		t.Fatal(err)
	}
	sec, err := plugin.SectionOf(conf)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Plugins = map[string]any{"cred": map[string]any(sec)}
	keys, err := relayer.LoadKeys(cfg)
	if err != nil {
		t.Fatal(err)
	}
	tr := &testRelayer{}
	p := NewRelayer()
	p.now = func() time.Time { return time.Now().Add(time.Duration(tr.clock.Load()) * time.Second) }
	svc, err := relayer.New(cfg, keys, []plugin.Plugin{p}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Stop(context.Background()) })
	tr.base = "http://" + svc.Addr()
	tr.url = tr.base + "/v1/cred"
	return tr
}

// post sends v as JSON and decodes the answer into out (a *Refusal when not 200).
func (tr *testRelayer) post(t *testing.T, path string, v, out any) int {
	t.Helper()
	body, _ := json.Marshal(v)
	resp, err := http.Post(tr.url+path, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		t.Fatalf("POST %s: %d, body: %v", path, resp.StatusCode, err)
	}
	return resp.StatusCode
}

func (tr *testRelayer) get(t *testing.T, path string, out any) {
	t.Helper()
	resp, err := http.Get(tr.url + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d", path, resp.StatusCode)
	}
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		t.Fatal(err)
	}
}

const library = "library.seoul.go.kr"

// TestRelayerVerifyAndSignIn: programme verification and the citizen-card sign-in over
// the relayer's HTTP API, on a devnet; every refusal of the sign-in has its named reason.
func TestRelayerVerifyAndSignIn(t *testing.T) {
	is := newIssuer(t)
	holder, other := key(t), key(t)
	cr := is.issue(t, addr(holder), "birthDate=1958-03-02", "city=Seoul", "name=Park Jiho")
	otherCred := is.issue(t, addr(other), "birthDate=2001-04-13", "city=Seoul")
	busan := is.issue(t, addr(other), "birthDate=2001-04-13", "city=Busan")

	policy := filepath.Join(t.TempDir(), "senior.toml")
	if err := os.WriteFile(policy, []byte(fmt.Sprintf(`name = "senior-pass"
audience = "welfare.seoul.go.kr"

[credentials.residence]
schema = "%s"
issuers = ["%s"]

[[rules]]
field = "residence.city"
equals = "Seoul"

[[rules]]
field = "residence.birthDate"
age_between = [65, 150]
`, is.schema.Hex(), is.party.Addr.Hex())), 0o600); err != nil {
		t.Fatal(err)
	}
	tr := startRelayer(t, is.dir, RelayerConfig{Policies: []string{policy}, SignIn: SignInConfig{Audiences: []string{library, "sports.seoul.go.kr"}}})

	t.Run("verify", func(t *testing.T) {
		var pols []PolicyInfo
		tr.get(t, "/policies", &pols)
		if len(pols) != 1 || pols[0].Name != "senior-pass" || strings.Join(pols[0].Fields, ",") != "residence.city,residence.birthDate" {
			t.Fatalf("policies %+v", pols)
		}
		var ch ChallengeResponse
		if code := tr.post(t, "/challenge", ChallengeRequest{Policy: "senior-pass"}, &ch); code != http.StatusOK || ch.Audience != "welfare.seoul.go.kr" {
			t.Fatalf("challenge: %d %+v", code, ch)
		}
		p, err := Present([]*Credential{cr}, []string{"residence.city", "residence.birthDate"}, ch.Audience, ch.Challenge, uint64(time.Now().Unix()), holder)
		if err != nil {
			t.Fatal(err)
		}
		var v Verdict
		if code := tr.post(t, "/verify", VerifyRequest{Policy: "senior-pass", Presentation: p}, &v); code != http.StatusOK || !v.Eligible {
			t.Fatalf("verify: %d, failed %v", code, failed(&v))
		}
		v = Verdict{}
		if tr.post(t, "/verify", VerifyRequest{Policy: "senior-pass", Presentation: p}, &v); v.Eligible || !strings.Contains(strings.Join(failed(&v), "\n"), "challenge already used") {
			t.Fatalf("replayed presentation: %v", failed(&v))
		}
		var r Refusal
		if code := tr.post(t, "/verify", VerifyRequest{Policy: "youth", Presentation: p}, &r); code != http.StatusNotFound || r.Reason != ReasonUnknownPolicy {
			t.Fatalf("unknown policy: %d %+v", code, r)
		}
	})

	var key TokenKey
	tr.get(t, "/auth/key", &key)
	pub, err := key.Key()
	if err != nil {
		t.Fatal(err)
	}

	// signIn asks for a challenge for k's account, signs its message with signer and
	// presents creds' fields for presentTo; mutate may change the request before it is sent.
	type attempt struct {
		k, signer *ecdsa.PrivateKey
		creds     []*Credential
		claims    []string
		presentTo string
		mutate    func(*AuthTokenRequest)
	}
	signIn := func(t *testing.T, a attempt) (int, *AuthToken, *Refusal) {
		t.Helper()
		var ch AuthChallenge
		if code := tr.post(t, "/auth/challenge", AuthChallengeRequest{Audience: library, Address: addr(a.k), Claims: a.claims}, &ch); code != http.StatusOK {
			t.Fatalf("auth challenge: %d", code)
		}
		sig, err := SignPersonal(ch.Message, a.signer)
		if err != nil {
			t.Fatal(err)
		}
		if a.presentTo == "" {
			a.presentTo = library
		}
		p, err := Present(a.creds, ch.Fields, a.presentTo, ch.Challenge, uint64(time.Now().Unix()), a.k)
		if err != nil {
			t.Fatal(err)
		}
		req := AuthTokenRequest{Audience: library, Message: ch.Message, Signature: sig, Presentation: p}
		if a.mutate != nil {
			a.mutate(&req)
		}
		var raw json.RawMessage
		code := tr.post(t, "/auth/token", req, &raw)
		if code == http.StatusOK {
			var tok AuthToken
			if err := json.Unmarshal(raw, &tok); err != nil {
				t.Fatal(err)
			}
			return code, &tok, nil
		}
		var r Refusal
		if err := json.Unmarshal(raw, &r); err != nil {
			t.Fatal(err)
		}
		return code, nil, &r
	}

	t.Run("sign-in", func(t *testing.T) {
		var ch AuthChallenge
		tr.post(t, "/auth/challenge", AuthChallengeRequest{Audience: library, Address: addr(holder), Claims: []string{"resident", "age>=65"}}, &ch)
		for _, line := range []string{library + " wants you to sign in with your Ethereum account:\n" + addr(holder).Hex() + "\n",
			"\nURI: https://" + library + "\nVersion: 1\nChain ID: ", "\nNonce: " + ch.Nonce + "\nIssued At: ", "\nExpiration Time: ", "\n- urn:seoulchain:claim:age>=65"} {
			if !strings.Contains(ch.Message, line) {
				t.Fatalf("EIP-4361 message without %q:\n%s", line, ch.Message)
			}
		}
		code, tok, r := signIn(t, attempt{k: holder, signer: holder, creds: []*Credential{cr}, claims: []string{"resident", "age>=65", "age>=80"}})
		if code != http.StatusOK {
			t.Fatalf("sign-in: %d %+v", code, r)
		}
		c, err := VerifyToken(tok.Token, pub, library, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]bool{"resident": true, "age>=65": true, "age>=80": false}
		if c.Subject != addr(holder) || c.Audience != library || fmt.Sprint(c.Claims) != fmt.Sprint(want) || c.Expires-c.IssuedAt != int64(DefaultTokenTTL/time.Second) {
			t.Fatalf("token claims %+v, want %v", c, want)
		}
		if _, err := VerifyToken(tok.Token, pub, "sports.seoul.go.kr", time.Now()); !errors.Is(err, ErrToken) {
			t.Fatalf("token for another audience: %v", err)
		}
		if _, err := VerifyToken(tok.Token, pub, library, time.Now().Add(DefaultTokenTTL)); !errors.Is(err, ErrToken) {
			t.Fatalf("expired token: %v", err)
		}
		if _, err := VerifyToken(tok.Token, &other.PublicKey, library, time.Now()); !errors.Is(err, ErrToken) {
			t.Fatalf("token checked with another key: %v", err)
		}
	})

	var replay AuthTokenRequest
	for _, tc := range []struct {
		name   string
		a      attempt
		status int
		reason string
	}{
		{"another signer", attempt{k: holder, signer: other, creds: []*Credential{cr}}, 401, ReasonWrongSigner},
		{"token asked by another audience", attempt{k: holder, signer: holder, creds: []*Credential{cr},
			mutate: func(r *AuthTokenRequest) { r.Audience = "sports.seoul.go.kr" }}, 400, ReasonWrongAudience},
		{"presentation for another audience", attempt{k: holder, signer: holder, creds: []*Credential{cr}, presentTo: "sports.seoul.go.kr"}, 400, ReasonWrongAudience},
		{"message altered", attempt{k: holder, signer: holder, creds: []*Credential{cr},
			mutate: func(r *AuthTokenRequest) { r.Message = strings.Replace(r.Message, "Version: 1", "Version: 2", 1) }}, 400, ReasonMessageAltered},
		{"expired challenge", attempt{k: holder, signer: holder, creds: []*Credential{cr},
			mutate: func(*AuthTokenRequest) { tr.clock.Store(int64(DefaultChallengeTTL/time.Second) + 1) }}, 401, ReasonChallengeExpired},
		{"reused challenge", attempt{k: holder, signer: holder, creds: []*Credential{cr},
			mutate: func(r *AuthTokenRequest) {
				tr.clock.Store(0)
				replay = *r
				tr.post(t, "/auth/token", r, new(AuthToken))
			}}, 400, ReasonChallengeUsed},
		{"someone else's credential", attempt{k: other, signer: other, creds: []*Credential{otherCred},
			mutate: func(r *AuthTokenRequest) { r.Presentation = mustPresent(t, cr, holder, r.Presentation) }}, 401, ReasonWrongHolder},
		{"not a Seoul resident", attempt{k: other, signer: other, creds: []*Credential{busan}}, 401, ReasonNoResidence},
		{"birth date not disclosed", attempt{k: other, signer: other, creds: []*Credential{otherCred}, claims: []string{"age>=65"},
			mutate: func(r *AuthTokenRequest) {
				r.Presentation = mustPresentFields(t, otherCred, other, r.Presentation, "residence.city")
			}}, 400, ReasonClaimNotProved},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, r := signIn(t, tc.a)
			if code != tc.status || r == nil || r.Reason != tc.reason || r.Error == "" {
				t.Fatalf("%d %+v, want %d %s", code, r, tc.status, tc.reason)
			}
		})
	}
	if replay.Message == "" {
		t.Fatal("no replay was recorded")
	}

	t.Run("refused at the challenge", func(t *testing.T) {
		for _, tc := range []struct {
			req    AuthChallengeRequest
			reason string
		}{
			{AuthChallengeRequest{Audience: "evil.example", Address: addr(holder)}, ReasonUnknownAudience},
			{AuthChallengeRequest{Audience: library, Address: addr(holder), Claims: []string{"income"}}, ReasonUnknownClaim},
			{AuthChallengeRequest{Audience: library}, ReasonBadRequest},
		} {
			var r Refusal
			if code := tr.post(t, "/auth/challenge", tc.req, &r); code != http.StatusBadRequest || r.Reason != tc.reason {
				t.Errorf("%+v: %d %+v, want 400 %s", tc.req, code, r, tc.reason)
			}
		}
		var r Refusal
		if code := tr.post(t, "/auth/token", AuthTokenRequest{Audience: library, Message: "Nonce: 00"}, &r); code != http.StatusBadRequest || r.Reason != ReasonUnknownChallenge {
			t.Errorf("unknown nonce: %d %+v", code, r)
		}
	})

	t.Run("revoked residence", func(t *testing.T) {
		args := append(append([]string{"--devnet", is.dir}, is.party.Flags...), "cred", "revoke", cr.UID.Hex())
		if code, _, errOut := run(t, args...); code != cmdkit.ExitOK {
			t.Fatalf("revoke: %d %s", code, errOut)
		}
		code, _, r := signIn(t, attempt{k: holder, signer: holder, creds: []*Credential{cr}})
		if code != http.StatusUnauthorized || r.Reason != ReasonNoResidence || len(r.Checks) == 0 || !strings.Contains(r.Checks[0].Reason, "revoked") {
			t.Fatalf("%d %+v", code, r)
		}
	})
}

// mustPresent is a presentation of c by k (its holder) over the challenge of p.
func mustPresent(t *testing.T, c *Credential, k *ecdsa.PrivateKey, p *Presentation) *Presentation {
	t.Helper()
	return mustPresentFields(t, c, k, p, "residence.city")
}

func mustPresentFields(t *testing.T, c *Credential, k *ecdsa.PrivateKey, p *Presentation, fields ...string) *Presentation {
	t.Helper()
	q, err := Present([]*Credential{c}, fields, p.Audience, p.Challenge, p.IssuedAt, k)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// TestRelayerConfigure: a malformed policy is refused at start with its file and line.
func TestRelayerConfigure(t *testing.T) {
	dir := t.TempDir()
	book := deploy.Addresses{deploy.EAS: common.HexToAddress("0xea"), deploy.CredResolver: common.HexToAddress("0x4e")}
	good := youthPolicy(common.HexToAddress("0x01"))
	write := func(name, src string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	goodFile := write("youth.toml", good)
	for _, tc := range []struct {
		name string
		cfg  RelayerConfig
		want string // "" : accepted
	}{
		{"nothing: off", RelayerConfig{}, ""},
		{"a good policy", RelayerConfig{Policies: []string{goodFile}}, ""},
		{"a malformed policy", RelayerConfig{Policies: []string{write("bad.toml", strings.Replace(good, "at_most", "at_mots", 1))}}, "bad.toml:29: unknown key"},
		{"a missing policy", RelayerConfig{Policies: []string{filepath.Join(dir, "none.toml")}}, "none.toml"},
		{"two policies with one name", RelayerConfig{Policies: []string{goodFile, goodFile}}, `a second policy named "youth-allowance"`},
		{"an audience that is no host", RelayerConfig{SignIn: SignInConfig{Audiences: []string{"https://library"}}}, "not a host name"},
		{"delegation", RelayerConfig{Delegation: DelegationConfig{Enabled: true}}, ""},
		{"delegated batches over the gas cap", RelayerConfig{Delegation: DelegationConfig{Enabled: true, MaxBatch: MaxBatch + 1}}, "delegation.max_batch: 1 to 250"},
		{"a bad token key file", RelayerConfig{SignIn: SignInConfig{Audiences: []string{library}, TokenKeyFile: write("key", "secret-not-hex")}}, "not a hex secp256k1 key"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sec, err := plugin.SectionOf(tc.cfg)
			if err != nil {
				t.Fatal(err)
			}
			err = NewRelayer().Configure(plugin.Config{Section: sec, Contracts: book})
			if (tc.want == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), tc.want)) {
				t.Fatalf("err = %v, want %q", err, tc.want)
			}
			if err != nil && strings.Contains(err.Error(), "secret-not-hex") {
				t.Fatal("the key file's content is in the error")
			}
		})
	}
	k, _ := crypto.GenerateKey()
	tk := PublicTokenKey(&k.PublicKey)
	if pub, err := tk.Key(); err != nil || crypto.PubkeyToAddress(*pub) != tk.Address {
		t.Fatalf("JWK round trip: %v", err)
	}
}
