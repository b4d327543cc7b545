package cred

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/txmgr"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// Defaults of the [cred] table.
const (
	DefaultChallengeTTL = 5 * time.Minute
	DefaultTokenTTL     = 10 * time.Minute
	// maxPending bounds the challenges held in memory (verification and sign-in each):
	// anyone may ask for one, so the relayer refuses more rather than grow without end.
	maxPending = 100_000
	maxBody    = 1 << 20
)

// RelayerConfig is the [cred] table of the relayer's configuration.
type RelayerConfig struct {
	// Policies are programme policy files (as for `cred check`), served by their names at
	// POST /v1/cred/verify.
	Policies            []string     `toml:"policies"`
	ChallengeTTLSeconds uint64       `toml:"challenge_ttl_seconds"` // 0: DefaultChallengeTTL
	SignIn              SignInConfig `toml:"signin"`
	// Delegation relays issuers' delegated attestations (POST /v1/cred/attestations).
	Delegation DelegationConfig `toml:"delegation"`
}

// SignInConfig is [cred.signin]: the citizen-card sign-in for relying parties.
type SignInConfig struct {
	// Audiences are the relying parties (host names, as EIP-4361's domain) that may sign
	// citizens in; none: sign-in is off.
	Audiences []string `toml:"audiences"`
	// Schema is the residence credential's schema UID; zero: the city's "residence" schema
	// (SchemaUID with the deployed resolver).
	Schema common.Hash `toml:"residence_schema"`
	// Issuers are the residence issuers accepted; none: whoever the city's resolver
	// trusts for the schema.
	Issuers []common.Address `toml:"residence_issuers"`
	City    string           `toml:"city"` // the residence city field required; "" : "Seoul"
	// TokenKeyFile holds the hex secp256k1 key that signs tokens; "": a fresh key each
	// start (tokens live minutes; relying parties read the key at GET /v1/cred/auth/key).
	TokenKeyFile    string `toml:"token_key_file"`
	TokenTTLSeconds uint64 `toml:"token_ttl_seconds"` // 0: DefaultTokenTTL
	Issuer          string `toml:"issuer"`            // the tokens' "iss"; "": "seoulchain-relayer"
}

// Relayer is the cred plug-in of the relayer: programme verification of presentations
// (POST /v1/cred/challenge, /v1/cred/verify), the citizen-card sign-in in the style of
// Sign-In with Ethereum (POST /v1/cred/auth/challenge, /v1/cred/auth/token,
// GET /v1/cred/auth/key), and issuers' attestations by delegation, sent gaslessly for
// them (POST /v1/cred/attestations, GET /v1/cred/attestations/{id}): the only
// transactions it sends.
type Relayer struct {
	cfg       RelayerConfig
	policies  map[string]*Policy
	contracts deploy.Addresses
	schema    common.Hash
	tokenKey  *ecdsa.PrivateKey
	h         plugin.Host
	verifier  *Verifier // for programmes: its Challenges are the verification challenges
	signIns   *signIns
	domain    EASDomain     // EAS's EIP-712 domain, for delegated attestations
	attests   *attestations // posted delegated batches
	// now is the clock; tests move it.
	now func() time.Time
}

var _ plugin.Plugin = (*Relayer)(nil)

// NewRelayer is the plug-in, unconfigured.
func NewRelayer() *Relayer { return &Relayer{now: time.Now} }

// Name is the plug-in's routes' prefix and its TOML table.
func (p *Relayer) Name() string { return "cred" }

// DefaultAllow is empty: citizens hold credentials, they send nothing to EAS; issuers
// without gas post delegated attestations to the plug-in's own route instead.
func (p *Relayer) DefaultAllow() map[string][]string { return nil }

var hostName = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]{1,5})?$`)

// Configure reads [cred]: a policy file with a problem is refused with its line.
func (p *Relayer) Configure(c plugin.Config) error {
	if err := c.Section.Decode(&p.cfg); err != nil {
		return err
	}
	p.contracts = c.Contracts
	p.policies = map[string]*Policy{}
	for _, path := range p.cfg.Policies {
		pol, err := ReadPolicy(path)
		if err != nil {
			return fmt.Errorf("policies: %w", err)
		}
		if _, dup := p.policies[pol.Name]; dup {
			return fmt.Errorf("policies: %s: a second policy named %q", path, pol.Name)
		}
		p.policies[pol.Name] = pol
	}
	si := &p.cfg.SignIn
	for _, a := range si.Audiences {
		if !hostName.MatchString(a) {
			return fmt.Errorf("signin.audiences: %q is not a host name (the relying party's domain, e.g. library.seoul.go.kr)", a)
		}
	}
	if !p.enabled() {
		return nil
	}
	if _, ok := c.Contracts[deploy.EAS]; !ok {
		return fmt.Errorf("credentials are checked on EAS, whose address is not known")
	}
	resolver, ok := c.Contracts[deploy.CredResolver]
	if !ok {
		return fmt.Errorf("credentials are checked against the %s, whose address is not known", deploy.CredResolver)
	}
	p.schema = si.Schema
	if p.schema == (common.Hash{}) {
		p.schema = SchemaUID("residence", resolver)
	}
	if d := p.cfg.Delegation; d.MaxBatch < 0 || d.MaxBatch > MaxBatch {
		return fmt.Errorf("delegation.max_batch: 1 to %d (0: %d)", MaxBatch, MaxBatch)
	}
	if si.City == "" {
		si.City = "Seoul"
	}
	if si.Issuer == "" {
		si.Issuer = "seoulchain-relayer"
	}
	var err error
	if si.TokenKeyFile != "" {
		// The error names the file only: crypto's errors could quote its content.
		if p.tokenKey, err = crypto.LoadECDSA(si.TokenKeyFile); err != nil {
			return fmt.Errorf("signin.token_key_file %s: not a hex secp256k1 key", si.TokenKeyFile)
		}
	} else if p.tokenKey, err = crypto.GenerateKey(); err != nil {
		return fmt.Errorf("token key: %w", err)
	}
	return nil
}

func (p *Relayer) enabled() bool {
	return len(p.policies) > 0 || len(p.cfg.SignIn.Audiences) > 0 || p.cfg.Delegation.Enabled
}

func (p *Relayer) challengeTTL() time.Duration {
	if p.cfg.ChallengeTTLSeconds == 0 {
		return DefaultChallengeTTL
	}
	return time.Duration(p.cfg.ChallengeTTLSeconds) * time.Second
}

func (p *Relayer) tokenTTL() time.Duration {
	if p.cfg.SignIn.TokenTTLSeconds == 0 {
		return DefaultTokenTTL
	}
	return time.Duration(p.cfg.SignIn.TokenTTLSeconds) * time.Second
}

// Start binds the reader of EAS and the resolver and loads the journaled delegated batches.
func (p *Relayer) Start(ctx context.Context, h plugin.Host) error {
	p.h = h
	p.signIns = &signIns{m: map[string]*signIn{}}
	if !p.enabled() {
		return nil
	}
	ids, ok := h.Chain.(interface {
		ChainID(context.Context) (*big.Int, error)
	})
	if !ok {
		return errors.New("the relayer's node client does not tell the chain ID")
	}
	id, err := ids.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("chain ID: %w", err)
	}
	chain, err := NewEASChain(h.Chain, p.contracts[deploy.EAS], p.contracts[deploy.CredResolver])
	if err != nil {
		return err
	}
	p.verifier = &Verifier{Chain: chain, Challenges: NewChallenges(p.challengeTTL()), ChainID: id.Uint64(), EAS: p.contracts[deploy.EAS]}
	p.domain = EASDomain{ChainID: id.Uint64(), EAS: p.contracts[deploy.EAS]}
	if p.cfg.Delegation.Enabled {
		if p.attests, err = loadAttestations(h.Journal); err != nil {
			return fmt.Errorf("load delegated batches: %w", err)
		}
	}
	return nil
}

// Routes are the verification and sign-in API.
func (p *Relayer) Routes() []plugin.Route {
	return []plugin.Route{
		{Method: "GET", Path: "/policies", Label: "cred_policies", Handler: p.handlePolicies},
		{Method: "POST", Path: "/challenge", Label: "cred_challenge", Handler: p.handleChallenge},
		{Method: "POST", Path: "/verify", Label: "cred_verify", Handler: p.handleVerify},
		{Method: "POST", Path: "/auth/challenge", Label: "cred_auth_challenge", Handler: p.handleAuthChallenge},
		{Method: "POST", Path: "/auth/token", Label: "cred_auth_token", Handler: p.handleAuthToken},
		{Method: "GET", Path: "/auth/key", Label: "cred_auth_key", Handler: p.handleAuthKey},
		{Method: "POST", Path: "/attestations", Label: "cred_attest", Handler: p.handleAttest},
		{Method: "GET", Path: "/attestations/{id}", Label: "cred_attest_status", Handler: p.handleAttestStatus},
	}
}

// Ready says what the plug-in serves; it has nothing of its own that can fail after start.
func (p *Relayer) Ready(context.Context) []plugin.Check {
	if !p.enabled() {
		return nil
	}
	return []plugin.Check{{Name: "cred", OK: true,
		Detail: fmt.Sprintf("%d programme policies, sign-in for %d relying parties, delegated attestations %s", len(p.policies),
			len(p.cfg.SignIn.Audiences), map[bool]string{true: "relayed", false: "off"}[p.cfg.Delegation.Enabled])}}
}

// Tick has nothing to do: a delegated batch is submitted when it is posted.
func (p *Relayer) Tick(context.Context) {}

// Jobs are the jobs of delegated batches not yet final.
func (p *Relayer) Jobs() []string {
	if p.attests == nil {
		return nil
	}
	var out []string
	for job := range p.attests.OpenJobs() {
		out = append(out, job)
	}
	return out
}

// Resubmit sends again a delegated batch's job the manager never journaled.
func (p *Relayer) Resubmit(job string) error { return p.attestResubmit(job) }

// JobUpdated carries a job's progress to its delegated batch.
func (p *Relayer) JobUpdated(j txmgr.Job) error { return p.attestJobUpdated(j) }

// Refusal is the body of a refused request: Reason is a stable name for programs
// ("challenge-used"), Error says it for people, Checks are a refused credential's failed
// checks.
type Refusal struct {
	Status int     `json:"-"`
	Reason string  `json:"reason"`
	Error  string  `json:"error"`
	Checks []Check `json:"checks,omitempty"`
}

// Reasons of the sign-in's refusals.
const (
	ReasonBadRequest       = "bad-request"
	ReasonNotConfigured    = "not-configured"
	ReasonBusy             = "busy"
	ReasonUnknownPolicy    = "unknown-policy"
	ReasonUnknownAudience  = "unknown-audience"
	ReasonUnknownClaim     = "unknown-claim"
	ReasonUnknownChallenge = "unknown-challenge"
	ReasonMessageAltered   = "message-altered"
	ReasonBadSignature     = "bad-signature"
	ReasonWrongSigner      = "wrong-signer"
	ReasonWrongAudience    = "wrong-audience"
	ReasonChallengeUsed    = "challenge-used"
	ReasonChallengeExpired = "challenge-expired"
	ReasonWrongHolder      = "presentation-not-signers"
	ReasonWrongChallenge   = "presentation-for-another-challenge"
	ReasonNoResidence      = "no-valid-residence"
	ReasonClaimNotProved   = "claim-not-proved"
)

func (p *Relayer) refuse(w http.ResponseWriter, kind string, r *Refusal) {
	if p.h.Metrics != nil {
		p.h.Metrics.Refused(kind, r.Status)
	}
	plugin.WriteJSON(w, r.Status, r)
}

func bad(format string, args ...any) *Refusal {
	return &Refusal{Status: http.StatusBadRequest, Reason: ReasonBadRequest, Error: fmt.Sprintf(format, args...)}
}

func decodeBody(w http.ResponseWriter, r *http.Request, v any) *Refusal {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return bad("body: %v", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return bad("body: more than one JSON value")
	}
	return nil
}

// PolicyInfo is a programme as GET /v1/cred/policies lists it.
type PolicyInfo struct {
	Name     string   `json:"name"`
	Audience string   `json:"audience"`
	Fields   []string `json:"fields"` // what a presentation must disclose
}

func (p *Relayer) handlePolicies(w http.ResponseWriter, _ *http.Request) {
	out := []PolicyInfo{}
	for _, name := range sortedNames(p.policies) {
		pol := p.policies[name]
		info := PolicyInfo{Name: name, Audience: pol.Audience}
		seen := map[string]bool{}
		for _, r := range pol.Rules {
			if !seen[r.Field] {
				seen[r.Field] = true
				info.Fields = append(info.Fields, r.Field)
			}
		}
		out = append(out, info)
	}
	plugin.WriteJSON(w, http.StatusOK, out)
}

// ChallengeRequest asks for a verification challenge for a programme.
type ChallengeRequest struct {
	Policy string `json:"policy"`
}

// ChallengeResponse is what the holder signs a presentation for.
type ChallengeResponse struct {
	Challenge common.Hash    `json:"challenge"`
	Audience  string         `json:"audience"`
	ChainID   uint64         `json:"chainId"`
	EAS       common.Address `json:"eas"`
	Expires   time.Time      `json:"expiresAt"`
}

func (r *ChallengeRequest) policyName() string { return r.Policy }
func (r *VerifyRequest) policyName() string    { return r.Policy }

// readPolicyRequest decodes a programme's request and finds its policy, or answers the
// refusal.
func (p *Relayer) readPolicyRequest(w http.ResponseWriter, r *http.Request, req interface{ policyName() string }) (*Policy, bool) {
	if e := decodeBody(w, r, req); e != nil {
		p.refuse(w, "verify", e)
		return nil, false
	}
	pol, ok := p.policies[req.policyName()]
	if !ok {
		p.refuse(w, "verify", &Refusal{Status: http.StatusNotFound, Reason: ReasonUnknownPolicy,
			Error: fmt.Sprintf("no programme policy %q on this relayer (GET /v1/cred/policies lists them)", req.policyName())})
	}
	return pol, ok
}

func (p *Relayer) handleChallenge(w http.ResponseWriter, r *http.Request) {
	var req ChallengeRequest
	pol, ok := p.readPolicyRequest(w, r, &req)
	if !ok {
		return
	}
	if p.verifier.Challenges.Pending() >= maxPending {
		p.refuse(w, "verify", &Refusal{Status: http.StatusServiceUnavailable, Reason: ReasonBusy, Error: "too many open challenges; try again in a few minutes"})
		return
	}
	now := p.now()
	ch, err := p.verifier.Challenges.Issue(pol.Audience, now)
	if err != nil {
		p.refuse(w, "verify", &Refusal{Status: http.StatusInternalServerError, Reason: "internal", Error: err.Error()})
		return
	}
	plugin.WriteJSON(w, http.StatusOK, ChallengeResponse{Challenge: ch, Audience: pol.Audience, ChainID: p.verifier.ChainID,
		EAS: p.verifier.EAS, Expires: now.Add(p.challengeTTL()).UTC()})
}

// VerifyRequest is a presentation for a programme.
type VerifyRequest struct {
	Policy       string        `json:"policy"`
	Presentation *Presentation `json:"presentation"`
}

// handleVerify answers 200 with the verdict, eligible or not: a refusal of the
// presentation is the verdict's, not the request's.
func (p *Relayer) handleVerify(w http.ResponseWriter, r *http.Request) {
	var req VerifyRequest
	pol, ok := p.readPolicyRequest(w, r, &req)
	if !ok {
		return
	}
	if req.Presentation == nil {
		p.refuse(w, "verify", bad("no presentation"))
		return
	}
	v, err := p.verifier.Check(r.Context(), req.Presentation, pol, p.now())
	if err != nil {
		p.h.Log.Warn("verify: chain read failed", "policy", pol.Name, "err", err)
		p.refuse(w, "verify", &Refusal{Status: http.StatusBadGateway, Reason: "chain-unreachable", Error: "the chain could not be read; try again"})
		return
	}
	p.h.Metrics.Accepted("verify", 1)
	plugin.WriteJSON(w, http.StatusOK, v)
}

// signIn is one issued sign-in challenge.
type signIn struct {
	audience string
	address  common.Address
	claims   []string
	message  string
	expires  time.Time
	used     bool
}

// signIns are the sign-in challenges in memory: each single use, until it expires.
type signIns struct {
	mu sync.Mutex
	m  map[string]*signIn // by nonce
}

func (s *signIns) add(nonce string, si *signIn, now time.Time, ttl time.Duration) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for k, v := range s.m { // forget the long dead (a late replay still reads "expired" for a while)
		if now.After(v.expires.Add(ttl)) {
			delete(s.m, k)
		}
	}
	if len(s.m) >= maxPending {
		return false
	}
	s.m[nonce] = si
	return true
}

func (s *signIns) get(nonce string) (signIn, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	si, ok := s.m[nonce]
	if !ok {
		return signIn{}, false
	}
	return *si, true
}

// consume uses the challenge once.
func (s *signIns) consume(nonce string, now time.Time) *Refusal {
	s.mu.Lock()
	defer s.mu.Unlock()
	si := s.m[nonce]
	switch {
	case si.used:
		return &Refusal{Status: http.StatusBadRequest, Reason: ReasonChallengeUsed, Error: "this sign-in challenge was already used: ask for a new one"}
	case now.After(si.expires):
		return &Refusal{Status: http.StatusUnauthorized, Reason: ReasonChallengeExpired,
			Error: fmt.Sprintf("this sign-in challenge expired at %s: ask for a new one", si.expires.UTC().Format(time.RFC3339))}
	}
	si.used = true
	return nil
}

// AuthChallengeRequest starts a sign-in: which relying party, which account, which claims.
type AuthChallengeRequest struct {
	Audience string         `json:"audience"`
	Address  common.Address `json:"address"`
	// Claims are what the relying party asks to know: "resident", "age>=N"; none: resident.
	Claims []string `json:"claims"`
}

// AuthChallenge is what the citizen signs: Message (EIP-4361, EIP-191 personal_sign),
// and a presentation of the residence credential for Audience over Challenge.
type AuthChallenge struct {
	Message   string         `json:"message"`
	Nonce     string         `json:"nonce"`
	Challenge common.Hash    `json:"challenge"` // 0x‖nonce: the presentation's challenge
	Audience  string         `json:"audience"`
	ChainID   uint64         `json:"chainId"`
	EAS       common.Address `json:"eas"`
	Fields    []string       `json:"fields"` // what the presentation must disclose
	Issued    time.Time      `json:"issuedAt"`
	Expires   time.Time      `json:"expiresAt"`
}

var ageClaim = regexp.MustCompile(`^age>=([0-9]{1,3})$`)

// claimFields returns the residence fields that prove the claims, or the claim that
// cannot be made.
func claimFields(claims []string) ([]string, error) {
	fields := []string{"residence.city"}
	for _, c := range claims {
		switch m := ageClaim.FindStringSubmatch(c); {
		case c == "resident":
		case m != nil:
			if n, _ := strconv.Atoi(m[1]); n > 150 {
				return nil, fmt.Errorf("claim %q: an age over 150", c)
			}
			fields = append(fields, "residence.birthDate")
		default:
			return nil, fmt.Errorf("claim %q: the claims are resident and age>=N", c)
		}
	}
	sort.Strings(fields)
	return dedup(fields), nil
}

func dedup(s []string) []string {
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

func (p *Relayer) signInOn() *Refusal {
	if len(p.cfg.SignIn.Audiences) == 0 {
		return &Refusal{Status: http.StatusNotFound, Reason: ReasonNotConfigured, Error: "sign-in is not configured on this relayer ([cred.signin] audiences)"}
	}
	return nil
}

func (p *Relayer) handleAuthChallenge(w http.ResponseWriter, r *http.Request) {
	if e := p.signInOn(); e != nil {
		p.refuse(w, "signin", e)
		return
	}
	var req AuthChallengeRequest
	if e := decodeBody(w, r, &req); e != nil {
		p.refuse(w, "signin", e)
		return
	}
	if !containsString(p.cfg.SignIn.Audiences, req.Audience) {
		p.refuse(w, "signin", &Refusal{Status: http.StatusBadRequest, Reason: ReasonUnknownAudience,
			Error: fmt.Sprintf("%q is not a relying party of this relayer", req.Audience)})
		return
	}
	if req.Address == (common.Address{}) {
		p.refuse(w, "signin", bad("no address: the account that signs in"))
		return
	}
	if len(req.Claims) == 0 {
		req.Claims = []string{"resident"}
	}
	sort.Strings(req.Claims)
	req.Claims = dedup(req.Claims)
	fields, err := claimFields(req.Claims)
	if err != nil {
		p.refuse(w, "signin", &Refusal{Status: http.StatusBadRequest, Reason: ReasonUnknownClaim, Error: err.Error()})
		return
	}
	var nonce common.Hash
	if _, err := rand.Read(nonce[:]); err != nil {
		p.refuse(w, "signin", &Refusal{Status: http.StatusInternalServerError, Reason: "internal", Error: err.Error()})
		return
	}
	out := AuthChallenge{Nonce: hex.EncodeToString(nonce[:]), Challenge: nonce, Audience: req.Audience, ChainID: p.verifier.ChainID,
		EAS: p.verifier.EAS, Fields: fields, Issued: p.now().UTC().Truncate(time.Second)}
	out.Expires = out.Issued.Add(p.challengeTTL())
	out.Message = siweMessage(req.Audience, req.Address, req.Claims, out)
	if !p.signIns.add(out.Nonce, &signIn{audience: req.Audience, address: req.Address, claims: req.Claims,
		message: out.Message, expires: out.Expires}, out.Issued, p.challengeTTL()) {
		p.refuse(w, "signin", &Refusal{Status: http.StatusServiceUnavailable, Reason: ReasonBusy, Error: "too many open sign-ins; try again in a few minutes"})
		return
	}
	plugin.WriteJSON(w, http.StatusOK, out)
}

// siweMessage is the EIP-4361 message: the relying party is its domain (what the wallet
// shows the citizen), the claims are in the statement and its resources.
func siweMessage(audience string, addr common.Address, claims []string, c AuthChallenge) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s wants you to sign in with your Ethereum account:\n%s\n\n", audience, addr.Hex())
	fmt.Fprintf(&b, "Sign in with your Seoul residence credential. %s learns only: %s.\n\n", audience, strings.Join(claims, ", "))
	fmt.Fprintf(&b, "URI: https://%s\nVersion: 1\nChain ID: %d\nNonce: %s\n", audience, c.ChainID, c.Nonce)
	fmt.Fprintf(&b, "Issued At: %s\nExpiration Time: %s\nResources:", c.Issued.Format(time.RFC3339), c.Expires.Format(time.RFC3339))
	for _, cl := range claims {
		fmt.Fprintf(&b, "\n- urn:seoulchain:claim:%s", cl)
	}
	return b.String()
}

// AuthTokenRequest finishes a sign-in: the signed message and the presentation.
type AuthTokenRequest struct {
	// Audience is the relying party asking for the token; it must be the challenge's.
	Audience     string        `json:"audience"`
	Message      string        `json:"message"`
	Signature    hexutil.Bytes `json:"signature"`
	Presentation *Presentation `json:"presentation"`
}

// AuthToken is a signed-in citizen: Token is a JWT (ES256K) with only the claims asked for.
type AuthToken struct {
	Token   string          `json:"token"`
	Subject common.Address  `json:"sub"`
	Claims  map[string]bool `json:"claims"`
	Expires time.Time       `json:"expiresAt"`
}

func (p *Relayer) handleAuthToken(w http.ResponseWriter, r *http.Request) {
	if e := p.signInOn(); e != nil {
		p.refuse(w, "signin", e)
		return
	}
	var req AuthTokenRequest
	if e := decodeBody(w, r, &req); e != nil {
		p.refuse(w, "signin", e)
		return
	}
	tok, e := p.signIn(r.Context(), &req)
	if e != nil {
		p.refuse(w, "signin", e)
		return
	}
	p.h.Metrics.Accepted("signin", 1)
	plugin.WriteJSON(w, http.StatusOK, tok)
}

// signIn checks a sign-in, in an order that lets nobody but the signer burn a challenge.
func (p *Relayer) signIn(ctx context.Context, req *AuthTokenRequest) (*AuthToken, *Refusal) {
	nonce := ""
	for _, line := range strings.Split(req.Message, "\n") {
		if n, ok := strings.CutPrefix(line, "Nonce: "); ok {
			nonce = n
		}
	}
	si, ok := p.signIns.get(nonce)
	if !ok {
		return nil, &Refusal{Status: http.StatusBadRequest, Reason: ReasonUnknownChallenge, Error: "the message's nonce is not one this relayer issued (or it was forgotten long after its expiry)"}
	}
	if req.Message != si.message {
		return nil, &Refusal{Status: http.StatusBadRequest, Reason: ReasonMessageAltered, Error: "the message differs from the one this relayer issued for its nonce"}
	}
	signer, err := personalSigner(req.Message, req.Signature)
	if err != nil {
		return nil, &Refusal{Status: http.StatusUnauthorized, Reason: ReasonBadSignature, Error: err.Error()}
	}
	if signer != si.address {
		return nil, &Refusal{Status: http.StatusUnauthorized, Reason: ReasonWrongSigner,
			Error: fmt.Sprintf("signed by %s, not by the account signing in %s", signer.Hex(), si.address.Hex())}
	}
	if req.Audience != si.audience {
		return nil, &Refusal{Status: http.StatusBadRequest, Reason: ReasonWrongAudience,
			Error: fmt.Sprintf("the challenge is for %q, the token is asked for %q", si.audience, req.Audience)}
	}
	now := p.now()
	if e := p.signIns.consume(nonce, now); e != nil {
		return nil, e
	}
	pr := req.Presentation
	switch {
	case pr == nil:
		return nil, bad("no presentation of the residence credential")
	case pr.Holder != signer:
		return nil, &Refusal{Status: http.StatusUnauthorized, Reason: ReasonWrongHolder,
			Error: fmt.Sprintf("the presentation is %s's, the message is signed by %s", pr.Holder.Hex(), signer.Hex())}
	case pr.Audience != si.audience:
		return nil, &Refusal{Status: http.StatusBadRequest, Reason: ReasonWrongAudience,
			Error: fmt.Sprintf("the presentation is for %q, the sign-in for %q", pr.Audience, si.audience)}
	case pr.Challenge != common.HexToHash(nonce):
		return nil, &Refusal{Status: http.StatusBadRequest, Reason: ReasonWrongChallenge, Error: "the presentation is not signed over this sign-in's challenge"}
	}
	city := p.cfg.SignIn.City
	pol := &Policy{Name: "sign-in", Audience: si.audience, MaxAgeSeconds: uint64(p.challengeTTL() / time.Second),
		Credentials: map[string]Requirement{"residence": {Schema: p.schema, Issuers: p.cfg.SignIn.Issuers}},
		Rules:       []Rule{{Name: "resident of " + city, Field: "residence.city", Equals: &city}}}
	// The challenge was checked above: it is the message's nonce, not the verifier's.
	v := &Verifier{Chain: p.verifier.Chain, ChainID: p.verifier.ChainID, EAS: p.verifier.EAS}
	verdict, err := v.Check(ctx, pr, pol, now)
	if err != nil {
		p.h.Log.Warn("sign-in: chain read failed", "err", err)
		return nil, &Refusal{Status: http.StatusBadGateway, Reason: "chain-unreachable", Error: "the chain could not be read; try again"}
	}
	if !verdict.Eligible {
		var failed []Check
		for _, c := range verdict.Checks {
			if !c.Pass {
				failed = append(failed, c)
			}
		}
		return nil, &Refusal{Status: http.StatusUnauthorized, Reason: ReasonNoResidence, Error: "no valid " + city + " residence credential presented", Checks: failed}
	}
	claims := map[string]bool{}
	for _, c := range si.claims {
		if c == "resident" {
			claims[c] = true
			continue
		}
		n, _ := strconv.Atoi(ageClaim.FindStringSubmatch(c)[1])
		born, err := time.Parse(time.DateOnly, verdict.Proved["residence.birthDate"])
		if err != nil {
			return nil, &Refusal{Status: http.StatusBadRequest, Reason: ReasonClaimNotProved, Error: fmt.Sprintf("claim %s: residence.birthDate not disclosed (or not a date)", c)}
		}
		claims[c] = ageOn(born, now) >= n
	}
	exp := now.Add(p.tokenTTL()).UTC().Truncate(time.Second)
	tok, err := SignToken(p.tokenKey, TokenClaims{Issuer: p.cfg.SignIn.Issuer, Subject: signer, Audience: si.audience,
		IssuedAt: now.Unix(), Expires: exp.Unix(), ID: nonce, Claims: claims})
	if err != nil {
		return nil, &Refusal{Status: http.StatusInternalServerError, Reason: "internal", Error: err.Error()}
	}
	return &AuthToken{Token: tok, Subject: signer, Claims: claims, Expires: exp}, nil
}

// personalSigner recovers the EIP-191 (personal_sign) signer of msg.
func personalSigner(msg string, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, errors.New("the signature is not 65 bytes")
	}
	s := append([]byte{}, sig...)
	if s[64] >= 27 {
		s[64] -= 27
	}
	pub, err := crypto.SigToPub(accounts.TextHash([]byte(msg)), s)
	if err != nil {
		return common.Address{}, fmt.Errorf("unreadable signature: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// SignPersonal signs msg as a wallet's personal_sign does (v 27 or 28).
func SignPersonal(msg string, key *ecdsa.PrivateKey) ([]byte, error) {
	sig, err := crypto.Sign(accounts.TextHash([]byte(msg)), key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

func (p *Relayer) handleAuthKey(w http.ResponseWriter, _ *http.Request) {
	if e := p.signInOn(); e != nil {
		p.refuse(w, "signin", e)
		return
	}
	plugin.WriteJSON(w, http.StatusOK, PublicTokenKey(&p.tokenKey.PublicKey))
}
