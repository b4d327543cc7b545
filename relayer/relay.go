package relayer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/time/rate"

	"github.com/seoulchain/seoulchain/bindings/cityforwarder"
	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/forwarder"
	"github.com/seoulchain/seoulchain/internal/gasmeter"
	"github.com/seoulchain/seoulchain/internal/journal"
	"github.com/seoulchain/seoulchain/relayer/plugin"
	"github.com/seoulchain/seoulchain/relayer/records"
)

// Statuses of a relayed request, as the API reports them; plug-ins share them.
const (
	StatusQueued    = plugin.StatusQueued
	StatusSent      = plugin.StatusSent
	StatusMined     = plugin.StatusMined
	StatusConfirmed = plugin.StatusConfirmed
	StatusFailed    = plugin.StatusFailed
)

// simulationWait is how long a request waits for one of the max_simulations slots.
const simulationWait = 2 * time.Second

// maxRelayGas bounds what one citizen request may make the relayer pay for.
const maxRelayGas = 1_000_000

// number is a uint256 in JSON as a decimal string, a 0x hex string or a number, as wallet
// libraries write them.
type number struct{ *big.Int }

func (n *number) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	v, ok := new(big.Int).SetString(s, 0)
	if !ok || v.Sign() < 0 {
		return fmt.Errorf("%s is not an unsigned integer", string(b))
	}
	n.Int = v
	return nil
}

func (n number) MarshalJSON() ([]byte, error) { return json.Marshal(n.String()) }

type wireRequest struct {
	From     common.Address `json:"from"`
	To       common.Address `json:"to"`
	Value    number         `json:"value"`
	Gas      number         `json:"gas"`
	Nonce    number         `json:"nonce"`
	Deadline number         `json:"deadline"`
	Data     hexutil.Bytes  `json:"data"`
}

// RelayBody is what POST /v1/relay takes: the ForwardRequest as the citizen signed it
// (EIP-712, the types and domain of GET /v1/forwarder) and the signature.
type RelayBody struct {
	Request   wireRequest   `json:"request"`
	Signature hexutil.Bytes `json:"signature"`
}

type relayRecord struct {
	ID       common.Hash       `json:"id"`
	Seq      uint64            `json:"seq"`
	Request  forwarder.Request `json:"request"`
	Sig      []byte            `json:"signature"`
	Accepted time.Time         `json:"accepted"`
	// Finished is when the relayer found the request confirmed or failed: with Accepted,
	// the latency a citizen saw, whatever the client's polling.
	Finished time.Time   `json:"finished,omitempty"`
	Job      string      `json:"job,omitempty"`
	Status   string      `json:"status"`
	Reason   string      `json:"reason,omitempty"`
	TxHash   common.Hash `json:"txHash,omitempty"`
	Block    uint64      `json:"block,omitempty"`
	// CallGas is the gas the request's call needs, measured when it was simulated at
	// acceptance: what its batch's gas limit is made of. Records journaled before it have
	// SimGas, an eth_estimateGas of the call (21,000 more), or neither (Request.Gas).
	CallGas uint64 `json:"callGas,omitempty"`
	SimGas  uint64 `json:"simGas,omitempty"`

	journaling bool // accepted and being journaled: not yet for the batcher
}

const relayPrefix = "relay/"

func (r *relayRecord) Key() common.Hash   { return r.ID }
func (r *relayRecord) JournalKey() string { return relayPrefix + r.ID.Hex() }
func (r *relayRecord) InJob() string      { return r.Job }
func (r *relayRecord) SetJob(job string)  { r.Job = job }
func (r *relayRecord) Final() bool        { return r.Status == StatusConfirmed || r.Status == StatusFailed }
func (r *relayRecord) Order() uint64      { return r.Seq }
func (r *relayRecord) Clone() any         { c := *r; return &c }

type relayStore struct {
	*records.Store[common.Hash, *relayRecord]
	limit map[common.Address]*rate.Limiter // under Store.Mu; full ones are evicted
	// bySigner holds each signer's open records, under Store.Mu: every new request's
	// nonce checks read its signer's only (a scan of every open record under the lock
	// was 5% of the relayer's CPU at 500 requests/s). Records that left the open set are
	// dropped as the signer's list is read, and evictLimiters sweeps the signers gone
	// quiet.
	bySigner map[common.Address][]*relayRecord
}

// evictLimiters forgets the limiters of signers whose bucket refilled: they would allow
// as much as a new one, so the map holds only signers active in the last burst period.
// It also sweeps the index of signers' open records.
func (st *relayStore) evictLimiters() {
	st.Mu.Lock()
	defer st.Mu.Unlock()
	now := time.Now()
	for a, l := range st.limit {
		if l.TokensAt(now) >= float64(l.Burst()) {
			delete(st.limit, a)
		}
	}
	for a := range st.bySigner {
		st.waitingOf(a)
	}
}

func loadRelays(j *journal.Journal) (*relayStore, error) {
	st, err := records.Load[common.Hash](j, relayPrefix, records.DecodeJSON[relayRecord])
	rs := &relayStore{Store: st, limit: map[common.Address]*rate.Limiter{}, bySigner: map[common.Address][]*relayRecord{}}
	if st != nil {
		for _, r := range st.Open {
			rs.bySigner[r.Request.From] = append(rs.bySigner[r.Request.From], r)
		}
	}
	return rs, err
}

// waitingOf returns from's open requests that are queued or sent, and drops from the
// index those that left the open set (a mined one stays: a reorganisation can send it
// back). Under Store.Mu.
func (st *relayStore) waitingOf(from common.Address) []*relayRecord {
	rs := st.bySigner[from]
	keep := rs[:0]
	var out []*relayRecord
	for _, r := range rs {
		if st.Open[r.ID] != r {
			continue
		}
		keep = append(keep, r)
		if r.Status == StatusQueued || r.Status == StatusSent {
			out = append(out, r)
		}
	}
	clear(rs[len(keep):]) // no hold on the dropped records
	if len(keep) == 0 {
		delete(st.bySigner, from)
	} else {
		st.bySigner[from] = keep
	}
	return out
}

// nextNonce is the forwarder nonce the signer's next request must carry: after the chain's,
// and after every request of theirs accepted and not yet mined.
func (st *relayStore) nextNonce(from common.Address, chain *big.Int) *big.Int {
	st.Mu.Lock()
	defer st.Mu.Unlock()
	next := new(big.Int).Set(chain)
	for _, r := range st.waitingOf(from) {
		if n := new(big.Int).Add(r.Request.Nonce, big.NewInt(1)); n.Cmp(next) > 0 {
			next = n
		}
	}
	return next
}

func (st *relayStore) allow(from common.Address, perMinute float64, burst int) (bool, time.Duration) {
	st.Mu.Lock()
	defer st.Mu.Unlock()
	l, ok := st.limit[from]
	if !ok {
		l = rate.NewLimiter(rate.Limit(perMinute/60), burst)
		st.limit[from] = l
	}
	res := l.Reserve()
	if d := res.Delay(); d > 0 {
		res.Cancel()
		return false, d
	}
	return true, 0
}

// errNonceTaken: two different requests of one signer with one nonce raced past the
// nonce check; the second is refused.
var errNonceTaken = errors.New("another request of this signer with this nonce was accepted just now")

// add journals a new request; false if its ID is known. The record is reserved under
// the lock (so a second request with its nonce is refused) and journaled outside it, so
// that concurrent requests share one fsync (journal's group commit); the batcher leaves
// it alone until it is on disk.
func (st *relayStore) add(r *relayRecord) (bool, error) {
	st.Mu.Lock()
	if _, ok := st.All[r.ID]; ok {
		st.Mu.Unlock()
		return false, nil
	}
	for _, o := range st.waitingOf(r.Request.From) {
		if o.Request.Nonce.Cmp(r.Request.Nonce) == 0 {
			st.Mu.Unlock()
			return false, errNonceTaken
		}
	}
	st.Seq++
	r.Seq = st.Seq
	r.journaling = true
	st.PutLocked(r)
	st.bySigner[r.Request.From] = append(st.bySigner[r.Request.From], r)
	st.Mu.Unlock()

	err := st.J.Put(relayPrefix+r.ID.Hex(), r)

	st.Mu.Lock()
	defer st.Mu.Unlock()
	r.journaling = false
	if err != nil {
		delete(st.All, r.ID)
		delete(st.Open, r.ID)
		return false, err
	}
	return true, nil
}

// unassigned returns queued requests not yet in a job, oldest first, leaving out a signer's
// requests while an earlier one of theirs is in a job not yet mined: forwarder nonces must
// execute in order.
func (st *relayStore) unassigned() []*relayRecord {
	st.Mu.Lock()
	defer st.Mu.Unlock()
	busy := map[common.Address]bool{}
	var out []*relayRecord
	for _, r := range st.Open {
		if r.Job != "" && (r.Status == StatusQueued || r.Status == StatusSent) {
			busy[r.Request.From] = true
		}
		if r.Job == "" && r.Status == StatusQueued && !r.journaling {
			out = append(out, r)
		}
	}
	sort.Slice(out, func(i, k int) bool { return out[i].Seq < out[k].Seq })
	keep := out[:0]
	for _, r := range out {
		if !busy[r.Request.From] {
			keep = append(keep, r)
		}
	}
	return keep
}

// apiError is a refusal: the status code and a message naming the problem and the fix.
type apiError struct {
	Status int               `json:"-"`
	Error  string            `json:"error"`
	Reason *abidecode.Revert `json:"reason,omitempty"`
	ID     *common.Hash      `json:"id,omitempty"`
}

func writeJSON(w http.ResponseWriter, status int, v any) { plugin.WriteJSON(w, status, v) }

func (s *Service) refuse(w http.ResponseWriter, kind string, e *apiError) {
	s.m.refused.WithLabelValues(kind, fmt.Sprint(e.Status)).Inc()
	writeJSON(w, e.Status, e)
}

func (s *Service) handleRelay(w http.ResponseWriter, r *http.Request) {
	var body RelayBody
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 128<<10))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&body); err != nil {
		s.refuse(w, "relay", &apiError{Status: http.StatusBadRequest, Error: "malformed request: " + err.Error() +
			` (want {"request": {"from", "to", "value", "gas", "nonce", "deadline", "data"}, "signature": "0x…"})`})
		return
	}
	rec, apiErr := s.checkRelay(r.Context(), body)
	if apiErr != nil {
		s.refuse(w, "relay", apiErr)
		return
	}
	added, err := s.relays.add(rec)
	if errors.Is(err, errNonceTaken) {
		s.refuse(w, "relay", &apiError{Status: http.StatusConflict, Error: err.Error()})
		return
	}
	if err != nil {
		s.refuse(w, "relay", &apiError{Status: http.StatusInternalServerError, Error: "cannot journal the request: " + err.Error()})
		return
	}
	if !added {
		s.refuse(w, "relay", &apiError{Status: http.StatusConflict, Error: "this request was already accepted", ID: &rec.ID})
		return
	}
	s.m.accepted.WithLabelValues("relay").Inc()
	writeJSON(w, http.StatusAccepted, map[string]any{"id": rec.ID, "status": rec.Status, "statusUrl": "/v1/relay/" + rec.ID.Hex()})
}

// checkRelay runs every check before any gas is spent; the order puts the cheap and the
// certain first.
func (s *Service) checkRelay(ctx context.Context, body RelayBody) (*relayRecord, *apiError) {
	w := body.Request
	bad := func(status int, format string, args ...any) *apiError {
		return &apiError{Status: status, Error: fmt.Sprintf(format, args...)}
	}
	if w.Value.Int == nil || w.Gas.Int == nil || w.Nonce.Int == nil || w.Deadline.Int == nil {
		return nil, bad(http.StatusBadRequest, "request needs value, gas, nonce and deadline")
	}
	if w.Value.Sign() != 0 {
		return nil, bad(http.StatusBadRequest, "value must be 0: the relayer pays gas, not value")
	}
	if !w.Gas.IsUint64() || w.Gas.Uint64() == 0 || w.Gas.Uint64() > maxRelayGas {
		return nil, bad(http.StatusBadRequest, "gas %s: give the call's gas, at most %d", w.Gas, maxRelayGas)
	}
	if !w.Deadline.IsUint64() || w.Deadline.BitLen() > 48 {
		return nil, bad(http.StatusBadRequest, "deadline %s is not a uint48 Unix time", w.Deadline)
	}
	req := forwarder.Request{From: w.From, To: w.To, Value: w.Value.Int, Gas: w.Gas.Int, Nonce: w.Nonce.Int, Deadline: w.Deadline.Uint64(), Data: w.Data}
	id, err := s.domain.Hash(req)
	if err != nil {
		return nil, bad(http.StatusBadRequest, "request: %v", err)
	}
	if known, ok := s.relays.Get(id); ok {
		return nil, &apiError{Status: http.StatusConflict, Error: fmt.Sprintf("this request was already accepted (status %s): a signed request is relayed once", known.Status), ID: &id}
	}
	if now := uint64(time.Now().Unix()); req.Deadline <= now {
		return nil, bad(http.StatusBadRequest, "deadline %d has passed (now %d): sign the request again with a later deadline", req.Deadline, now)
	}
	fns, ok := s.allowed[req.To]
	if !ok {
		return nil, bad(http.StatusForbidden, "target %s is not on the relayer's allow-list (GET /v1/forwarder lists it)", req.To.Hex())
	}
	if len(req.Data) < 4 {
		return nil, bad(http.StatusForbidden, "data has no function selector")
	}
	if len(req.Data) > s.cfg.MaxRelayData {
		return nil, bad(http.StatusBadRequest, "data of %d bytes: at most %d bytes (max_relay_data), so that every accepted request fits a transaction", len(req.Data), s.cfg.MaxRelayData)
	}
	if _, ok := fns[[4]byte(req.Data[:4])]; !ok {
		return nil, bad(http.StatusForbidden, "function %s of %s is not on the relayer's allow-list (GET /v1/forwarder lists it)", hexutil.Encode(req.Data[:4]), s.names[req.To])
	}
	if err := s.domain.Verify(req, body.Signature); err != nil {
		return nil, bad(http.StatusBadRequest, "%v: sign the EIP-712 ForwardRequest of GET /v1/forwarder with the from account", err)
	}
	if ok, wait := s.relays.allow(req.From, s.cfg.RatePerMinute, s.cfg.RateBurst); !ok {
		return nil, bad(http.StatusTooManyRequests, "too many requests from %s: retry in %s", req.From.Hex(), wait.Round(time.Second))
	}
	if !s.global.Allow() {
		return nil, bad(http.StatusTooManyRequests, "the relayer takes at most %g requests per second from everyone (global_rate_per_second): retry in a second", s.cfg.GlobalRatePerSecond)
	}
	chainNonce, err := s.forwarderNonce(ctx, req.From)
	if err != nil {
		return nil, bad(http.StatusServiceUnavailable, "read the forwarder nonce: %v", err)
	}
	next := s.relays.nextNonce(req.From, chainNonce)
	switch c := req.Nonce.Cmp(next); {
	case req.Nonce.Cmp(chainNonce) < 0:
		return nil, bad(http.StatusConflict, "nonce %s of %s was already used (a replayed request?); the next is %s", req.Nonce, req.From.Hex(), next)
	case c != 0:
		return nil, bad(http.StatusConflict, "nonce %s of %s is out of order: the next is %s (GET /v1/forwarder?signer=%s)", req.Nonce, req.From.Hex(), next, req.From.Hex())
	}
	gas, apiErr := s.simulate(ctx, req)
	if apiErr != nil {
		return nil, apiErr
	}
	return &relayRecord{ID: id, Request: req, Sig: body.Signature, Accepted: time.Now().UTC(), Status: StatusQueued, CallGas: gas}, nil
}

func (s *Service) forwarderNonce(ctx context.Context, from common.Address) (*big.Int, error) {
	f, err := cityforwarder.NewCityForwarderCaller(s.domain.Forwarder, s.ec)
	if err != nil {
		return nil, err
	}
	return f.Nonces(&bind.CallOpts{Context: ctx}, from)
}

// simulate runs the request's call as the forwarder would make it (from the forwarder,
// the signer appended, with the signed gas) in one eth_call through a gas meter (package
// gasmeter), for the call's own revert reason and the gas it needs. The forwarder's own
// checks (signature, nonce, deadline, trusted target) were made in Go before. At most
// MaxSimulations run at once.
func (s *Service) simulate(ctx context.Context, req forwarder.Request) (uint64, *apiError) {
	// A request waits a moment for a slot (a burst is queued, not refused); past that the
	// node is the bottleneck and the client is told to come back.
	wait := time.NewTimer(simulationWait)
	defer wait.Stop()
	select {
	case s.sims <- struct{}{}:
		defer func() { <-s.sims }()
	case <-wait.C:
		return 0, &apiError{Status: http.StatusServiceUnavailable, Error: fmt.Sprintf("%d simulations are running (max_simulations) and none ended within %s: retry in a second", cap(s.sims), simulationWait)}
	case <-ctx.Done():
		return 0, &apiError{Status: http.StatusServiceUnavailable, Error: "request cancelled while waiting to be simulated"}
	}
	data := append(append([]byte{}, req.Data...), req.From.Bytes()...)
	m, err := gasmeter.Call(ctx, s.rc, s.domain.Forwarder, req.To, req.Gas.Uint64(), data)
	switch {
	case err != nil:
		return 0, &apiError{Status: http.StatusServiceUnavailable, Error: "simulate the call: " + err.Error()}
	case m.OutOfGas:
		return 0, &apiError{Status: http.StatusBadRequest, Error: fmt.Sprintf("the call needs more than the %s gas signed: sign it again with more gas", req.Gas)}
	case !m.OK:
		rev := abidecode.DecodeRevert(m.Return, s.allABIs...)
		return 0, &apiError{Status: http.StatusBadRequest, Error: "the call would fail: " + rev.Error(), Reason: rev}
	}
	return m.Need, nil
}

func (s *Service) handleRelayStatus(w http.ResponseWriter, r *http.Request) {
	raw := r.PathValue("id")
	b, err := hexutil.Decode(raw)
	if err != nil || len(b) != 32 {
		writeJSON(w, http.StatusBadRequest, apiError{Error: fmt.Sprintf("request ID %q: want the 0x-prefixed 32-byte ID that POST /v1/relay returned", raw)})
		return
	}
	rec, ok := s.relays.Get(common.BytesToHash(b))
	if !ok {
		writeJSON(w, http.StatusNotFound, apiError{Error: "no request with this ID"})
		return
	}
	writeJSON(w, http.StatusOK, relayStatus(rec))
}

func relayStatus(r *relayRecord) map[string]any {
	out := map[string]any{"id": r.ID, "status": r.Status, "from": r.Request.From, "to": r.Request.To,
		"nonce": r.Request.Nonce.String(), "accepted": r.Accepted}
	if r.Reason != "" {
		out["reason"] = r.Reason
	}
	if r.TxHash != (common.Hash{}) {
		out["txHash"], out["block"] = r.TxHash, r.Block
	}
	if !r.Finished.IsZero() {
		out["finished"] = r.Finished
	}
	return out
}

func (s *Service) handleForwarder(w http.ResponseWriter, r *http.Request) {
	out := map[string]any{
		// The domain as wallets take it: no salt (the forwarder's EIP-712 domain has none).
		"domain": map[string]any{"name": forwarder.DomainName, "version": forwarder.DomainVersion,
			"chainId": s.domain.ChainID, "verifyingContract": s.domain.Forwarder},
		"types":       forwarder.Types(),
		"primaryType": "ForwardRequest",
		"maxGas":      maxRelayGas,
	}
	var allow []map[string]any
	for addr, fns := range s.allowed {
		var names []string
		for _, n := range fns {
			names = append(names, n[strings.IndexByte(n, '.')+1:])
		}
		sort.Strings(names)
		allow = append(allow, map[string]any{"contract": s.names[addr], "address": addr, "functions": names})
	}
	sort.Slice(allow, func(i, k int) bool { return allow[i]["contract"].(string) < allow[k]["contract"].(string) })
	out["allow"] = allow
	if q := r.URL.Query().Get("signer"); q != "" {
		if !common.IsHexAddress(q) {
			writeJSON(w, http.StatusBadRequest, apiError{Error: fmt.Sprintf("signer %q is not an address", q)})
			return
		}
		from := common.HexToAddress(q)
		n, err := s.forwarderNonce(r.Context(), from)
		if err != nil {
			writeJSON(w, http.StatusServiceUnavailable, apiError{Error: "read the forwarder nonce: " + err.Error()})
			return
		}
		out["signer"], out["nonce"] = from, s.relays.nextNonce(from, n).String()
	}
	writeJSON(w, http.StatusOK, out)
}

// relayJobData is the forwarder call for a job's requests: executeBatch, also for one
// request, so that a request found invalid when the transaction runs is skipped and
// reported alone instead of reverting the transaction (its gas is not estimated).
func (s *Service) relayJobData(recs []*relayRecord) ([]byte, error) {
	a := s.abis[deploy.CityForwarder]
	reqs := make([]cityforwarder.ERC2771ForwarderForwardRequestData, len(recs))
	for i, r := range recs {
		reqs[i] = r.Request.Signed(r.Sig)
	}
	// A non-zero refund receiver makes the forwarder skip an invalid request instead of
	// reverting the whole batch.
	return a.Pack("executeBatch", reqs, crypto.PubkeyToAddress(s.keys[0].PublicKey))
}
