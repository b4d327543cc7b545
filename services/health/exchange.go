package health

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"

	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/journal"
	"github.com/seoulchain/seoulchain/internal/txsend"
)

// Exchange between providers, off chain and verified against the chain. Provider B asks
// provider A's gateway for a record with a request B signs; A's gateway recovers B's key
// from the signature, asks the chain whether B may read the record now under the consent
// named (checkAccess), reads and encrypts the record to B's key (ECIES), and only then logs
// the access on chain (logAccess, from A's key) and returns the record; B decrypts and
// checks the bytes against the hash A anchored. The record never touches the chain or the
// city's servers.
//
// A signed request is logged once. Whatever fails before the log is sent (the chain, the
// store) uses nothing up: the same request again is served afresh. Once its access is
// logged (or its log sent and not yet mined), the same request again, until it expires, is
// served under that same log line, never a second one: a requester whose answer was lost
// retries with the request it signed. A log not mined within a few blocks is sent again,
// the same signed transaction (a node may have dropped it from its pool): it is mined once
// or, when its nonce went to another transaction, never, and the request is then served
// afresh; after GiveUpBlocks the gateway gives the request up (AccessStuck), its one
// transaction still the only one that may log it.
//
// What was logged is kept in memory and, with a Journal, on disk: a gateway restarted while
// a request is live (five minutes at most, MaxRequestAge) serves it under its log again, or
// without a journal afresh, a second line in the patient's log for the same read.

// FetchPath is where a gateway takes fetch requests.
const FetchPath = "/v1/health/records"

// MaxRequestAge bounds how far ahead a fetch request's expiry may be: a signed request is
// good for one fetch, shortly.
const MaxRequestAge = 5 * time.Minute

var (
	// ErrHashMismatch: the bytes received are not the record anchored on chain.
	ErrHashMismatch = errors.New("the record received does not match the hash anchored on chain")
	// ErrNotHeld: the record is not anchored by the gateway's provider.
	ErrNotHeld = errors.New("the record is not held by this provider")
)

// FetchRequest is provider Requester's signed request for Record held by Holder, under
// Consent, good until Expires (Unix seconds), once: Nonce (random) tells two requests of
// the same second apart.
type FetchRequest struct {
	Contract  common.Address `json:"contract"`
	Holder    common.Address `json:"holder"`
	Record    common.Hash    `json:"record"`
	Consent   uint64         `json:"consent"`
	Requester common.Address `json:"requester"`
	Expires   uint64         `json:"expires"`
	Nonce     uint64         `json:"nonce"`
	Signature hexutil.Bytes  `json:"signature"`
}

// Digest is what the requester signs: every field, under a fixed prefix, so a signature
// is good for this record, consent, holder and contract only.
func (r FetchRequest) Digest() []byte {
	var num [24]byte
	binary.BigEndian.PutUint64(num[:8], r.Consent)
	binary.BigEndian.PutUint64(num[8:16], r.Expires)
	binary.BigEndian.PutUint64(num[16:], r.Nonce)
	return crypto.Keccak256([]byte("seoulchain health fetch v1"), r.Contract[:], r.Holder[:], r.Record[:], r.Requester[:], num[:])
}

// FetchResponse is the record encrypted to the requester's key, and the access's transaction.
type FetchResponse struct {
	Record     common.Hash   `json:"record"`
	Ciphertext hexutil.Bytes `json:"ciphertext"`
	AccessTx   common.Hash   `json:"accessTx"`
}

// Refusal is a gateway's answer when it releases nothing: Error is the contract's custom
// error when the chain refused (HealthNoConsent, HealthConsentRevoked...).
type Refusal struct {
	Error  string `json:"error"`
	Detail string `json:"detail"`
}

// Store holds a provider's records by their SHA-256.
type Store interface {
	Get(record common.Hash) ([]byte, error)
}

// DirStore is a folder of records, each in a file named by its hash's hex (no 0x).
type DirStore string

// Get reads the record's file.
func (d DirStore) Get(record common.Hash) ([]byte, error) {
	return os.ReadFile(filepath.Join(string(d), strings.TrimPrefix(record.Hex(), "0x")))
}

// Sender sends the holder's logAccess transactions: Sign signs one with the next nonce and
// sends nothing, Resend sends a signed transaction (the first time, or again, unchanged),
// Wait waits for its receipt (again, after a failed wait, for the same transaction), as
// txsend.Sender does. The gateway journals a log's transaction between Sign and its first
// Resend, and gives its nonce back with Release when the journal cannot be written.
type Sender interface {
	Sign(ctx context.Context, c txsend.Candidate) (*txsend.Pending, error)
	Release(p *txsend.Pending)
	Resend(ctx context.Context, p *txsend.Pending) error
	Wait(ctx context.Context, p *txsend.Pending) (*txsend.Receipt, error)
}

// How long a gateway follows an access's log, in blocks: an answer waits for its log's
// receipt DefaultWaitBlocks block periods (then AccessPending: the same request again waits
// again); after DefaultGiveUpBlocks blocks unmined, the request is given up (AccessStuck).
const (
	DefaultWaitBlocks   = 3
	DefaultGiveUpBlocks = 20
)

// Gateway is a provider's side of the exchange: an http.Handler for FetchPath.
type Gateway struct {
	View     *View
	Contract common.Address
	Holder   common.Address
	Store    Store
	Sender   Sender // from Holder's key: logs each access before releasing
	Now      func() time.Time
	// WaitBlocks and GiveUpBlocks, when not zero, replace DefaultWaitBlocks and
	// DefaultGiveUpBlocks.
	WaitBlocks, GiveUpBlocks uint64
	// Journal, when set, keeps each live request's log (sent, then mined) on disk: a
	// restarted gateway (Restore) serves a request it logged before under that same line.
	Journal *journal.Journal

	mu   sync.Mutex
	uses map[common.Hash]*use // by request digest, until the request expires
}

// use is a signed request's progress at the gateway. Its fields change under Gateway.mu.
type use struct {
	expires uint64
	busy    bool            // a handler is serving it: the same request meanwhile is refused
	pending *txsend.Pending // its access's log, sent, not yet mined
	sentAt  uint64          // the chain's head when pending was sent
	logged  common.Hash     // its access's log, mined
}

func (g *Gateway) refuse(w http.ResponseWriter, status int, name, detail string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(Refusal{Error: name, Detail: detail})
}

// ServeHTTP answers one fetch request.
func (g *Gateway) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		g.refuse(w, http.StatusMethodNotAllowed, "MethodNotAllowed", "POST a signed fetch request")
		return
	}
	var req FetchRequest
	if err := json.NewDecoder(io.LimitReader(r.Body, 1<<16)).Decode(&req); err != nil {
		g.refuse(w, http.StatusBadRequest, "BadRequest", "the body is not a fetch request: "+err.Error())
		return
	}
	now := uint64(g.Now().Unix())
	switch {
	case req.Contract != g.Contract || req.Holder != g.Holder:
		g.refuse(w, http.StatusBadRequest, "WrongGateway", fmt.Sprintf("this gateway serves holder %s on contract %s", g.Holder.Hex(), g.Contract.Hex()))
		return
	case req.Expires <= now || req.Expires > now+uint64(MaxRequestAge/time.Second):
		g.refuse(w, http.StatusBadRequest, "RequestExpired", fmt.Sprintf("expires %d: want a time within %s from now (%d)", req.Expires, MaxRequestAge, now))
		return
	}
	digest := req.Digest()
	pub, err := crypto.SigToPub(digest, req.Signature)
	if err != nil || crypto.PubkeyToAddress(*pub) != req.Requester {
		g.refuse(w, http.StatusUnauthorized, "BadSignature", "the request is not signed by its requester")
		return
	}
	u, ok, gone := g.begin(common.BytesToHash(digest), req.Expires, now)
	g.forget(gone)
	if !ok {
		g.refuse(w, http.StatusConflict, "RequestInProgress", "this signed request is being served: send it again in a moment")
		return
	}
	defer g.end(common.BytesToHash(digest), u)
	ctx := r.Context()
	rec, err := g.View.HC.Record(opts(ctx), g.Holder, req.Record)
	if err != nil {
		g.refuse(w, http.StatusBadGateway, "ChainUnavailable", err.Error())
		return
	}
	if rec.Provider != g.Holder {
		g.refuse(w, http.StatusNotFound, "NotHeld", ErrNotHeld.Error())
		return
	}
	consent := new(big.Int).SetUint64(req.Consent)
	if err := g.View.HC.CheckAccess(opts(ctx), req.Requester, g.Holder, req.Record, consent); err != nil {
		if rev, ok := abidecode.RevertFromError(err, contractABI()); ok && rev.Name != "" {
			g.refuse(w, http.StatusForbidden, rev.Name, rev.Error())
			return
		}
		g.refuse(w, http.StatusBadGateway, "ChainUnavailable", err.Error())
		return
	}
	data, err := g.Store.Get(req.Record)
	if err == nil && sha256.Sum256(data) != req.Record {
		err = fmt.Errorf("the stored file is not the anchored record")
	}
	if err != nil {
		g.refuse(w, http.StatusInternalServerError, "StoreUnavailable", err.Error())
		return
	}
	ct, err := ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(pub), data, nil, nil)
	if err != nil {
		g.refuse(w, http.StatusInternalServerError, "EncryptFailed", err.Error())
		return
	}
	// Logged once the record is ready to leave, and before it does: no read without its
	// line in the patient's log, and no line for a read that failed.
	logData := cmdkit.MustPack(contractABI(), "logAccess", g.Holder, req.Record, req.Requester, consent)
	tx, err := g.logOnce(ctx, common.BytesToHash(digest), u, txsend.Candidate{To: &g.Contract, Data: logData})
	if errors.Is(err, errLogPending) {
		g.refuse(w, http.StatusServiceUnavailable, "AccessPending", err.Error())
		return
	}
	if errors.Is(err, errLogStuck) {
		g.refuse(w, http.StatusGatewayTimeout, "AccessStuck", err.Error())
		return
	}
	if err != nil {
		g.refuse(w, http.StatusBadGateway, "AccessNotLogged", err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(FetchResponse{Record: req.Record, Ciphertext: ct, AccessTx: tx})
}

var (
	// errLogPending: the access's log was sent and is not mined yet.
	errLogPending = errors.New("the access's log is sent and not mined yet")
	// errLogStuck: the access's log is not mined after GiveUpBlocks blocks.
	errLogStuck = errors.New("the access's log is not mined")
)

// begin marks the request of digest as being served, and forgets expired requests (their
// journal keys are returned, for forget, outside g.mu); false when another handler is
// serving it.
func (g *Gateway) begin(digest common.Hash, expires, now uint64) (_ *use, ok bool, gone []string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.uses == nil {
		g.uses = map[common.Hash]*use{}
	}
	for d, u := range g.uses {
		if u.expires <= now && !u.busy {
			delete(g.uses, d)
			gone = append(gone, journalKey(d))
		}
	}
	u := g.uses[digest]
	if u == nil {
		u = &use{expires: expires}
		g.uses[digest] = u
	}
	if u.busy {
		return nil, false, gone
	}
	u.busy = true
	return u, true, gone
}

// end marks the request served; one that sent nothing is forgotten, so that the same
// request again starts afresh.
func (g *Gateway) end(digest common.Hash, u *use) {
	g.mu.Lock()
	defer g.mu.Unlock()
	u.busy = false
	if u.pending == nil && u.logged == (common.Hash{}) {
		delete(g.uses, digest)
	}
}

// logOnce logs the request's access: signs c the first time and keeps the signed
// transaction (in the journal, if any) before sending it, follows the same transaction
// after (sends it again unchanged, for a node that dropped it or a gateway that stopped
// before sending it, and waits), and returns the transaction that logged it.
func (g *Gateway) logOnce(ctx context.Context, digest common.Hash, u *use, c txsend.Candidate) (common.Hash, error) {
	g.mu.Lock()
	logged, p, sentAt := u.logged, u.pending, u.sentAt
	g.mu.Unlock()
	if logged != (common.Hash{}) {
		return logged, nil
	}
	if p == nil {
		head, err := g.View.head(ctx)
		if err != nil {
			return common.Hash{}, err // nothing sent
		}
		if p, err = g.Sender.Sign(ctx, c); err != nil {
			return common.Hash{}, err // nothing sent
		}
		g.mu.Lock()
		u.pending, u.sentAt, sentAt = p, head, head
		g.mu.Unlock()
		// Kept before it is sent: a gateway restarted after the send finds this
		// transaction to follow, never a reason to sign a second log.
		if err := g.keep(digest, u); err != nil {
			g.mu.Lock()
			u.pending = nil
			g.mu.Unlock()
			// Nothing sent: its nonce goes to the next log, which would otherwise wait
			// behind the gap it leaves.
			g.Sender.Release(p)
			return common.Hash{}, fmt.Errorf("%w: nothing sent", err)
		}
	}
	// Sent now, or again: a node that has it answers that it knows it; one that lost it
	// (restarted, evicted it) or never had it (the gateway stopped before sending) takes it.
	if err := g.Sender.Resend(ctx, p); errors.Is(err, txsend.ErrNonceUsed) {
		return common.Hash{}, g.dropped(digest, u, err)
	} else if err != nil {
		slog.Warn("The node did not take the access's log; following it", "tx", p.Hash().Hex(), "err", err)
	}
	wait, cancel := context.WithTimeout(ctx, time.Duration(orDefault(g.WaitBlocks, DefaultWaitBlocks))*g.View.blockPeriod(ctx))
	receipt, err := g.Sender.Wait(wait, p)
	cancel()
	switch {
	case err == nil:
		g.mu.Lock()
		u.pending, u.logged = nil, receipt.TxHash
		g.mu.Unlock()
		g.keepOrWarn(digest, u)
		return receipt.TxHash, nil
	case errors.Is(err, txsend.ErrRevertedOnChain):
		g.mu.Lock()
		u.pending = nil // mined without logging (the consent revoked meanwhile, say): nothing used
		g.mu.Unlock()
		g.keepOrWarn(digest, u)
		return common.Hash{}, err
	}
	// Not mined yet: perhaps dropped by the node. The same signed transaction again, never a
	// second one: one of them is mined, or none when its nonce went to another.
	if rerr := g.Sender.Resend(ctx, p); errors.Is(rerr, txsend.ErrNonceUsed) {
		return common.Hash{}, g.dropped(digest, u, rerr)
	}
	giveUp := orDefault(g.GiveUpBlocks, DefaultGiveUpBlocks)
	if head, herr := g.View.head(ctx); herr == nil && head >= sentAt+giveUp {
		return common.Hash{}, fmt.Errorf("%w: transaction %s, sent at block %d, is not mined at block %d (sent again each time): this request is given up, and that transaction stays its only log; ask the holder's records office (its key's pending transactions)",
			errLogStuck, p.Hash().Hex(), sentAt, head)
	}
	return common.Hash{}, fmt.Errorf("%w (transaction %s: send the same request again): %w", errLogPending, p.Hash().Hex(), err)
}

// dropped forgets u's pending log, whose nonce went to another transaction (err): it was
// never mined, nothing is logged, and the same request is served afresh.
func (g *Gateway) dropped(digest common.Hash, u *use, err error) error {
	g.mu.Lock()
	u.pending = nil
	g.mu.Unlock()
	g.keepOrWarn(digest, u)
	return fmt.Errorf("its log was dropped and cannot be mined (%w): send the same request again", err)
}

// journalPrefix keys the requests' logs in Gateway.Journal, by request digest.
const journalPrefix = "health/request/"

func journalKey(digest common.Hash) string { return journalPrefix + digest.Hex() }

// kept is a request's log as Gateway.Journal keeps it.
type kept struct {
	Expires uint64        `json:"expires"`
	Pending hexutil.Bytes `json:"pending,omitempty"` // the signed log transaction, sent, not mined yet
	SentAt  uint64        `json:"sentAt,omitempty"`
	Logged  common.Hash   `json:"logged,omitempty"`
}

// Restore reads back the logs of the requests the journal keeps that are live at now (a
// pending one followed as before), forgets expired ones, and says how many it read. Call it
// before serving.
func (g *Gateway) Restore(now time.Time) (int, error) {
	if g.Journal == nil {
		return 0, nil
	}
	uses, expired := map[common.Hash]*use{}, []string{}
	err := g.Journal.Each(journalPrefix, func(key string, value []byte) error {
		var k kept
		if err := json.Unmarshal(value, &k); err != nil {
			return fmt.Errorf("journal %s: %w", key, err)
		}
		if k.Expires <= uint64(now.Unix()) {
			expired = append(expired, key)
			return nil
		}
		u := &use{expires: k.Expires, sentAt: k.SentAt, logged: k.Logged}
		if len(k.Pending) > 0 {
			tx := new(types.Transaction)
			if err := tx.UnmarshalBinary(k.Pending); err != nil {
				return fmt.Errorf("journal %s: %w", key, err)
			}
			u.pending = txsend.Follow(tx)
		}
		uses[common.HexToHash(strings.TrimPrefix(key, journalPrefix))] = u
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("read the gateway's journal: %w", err)
	}
	g.forget(expired)
	g.mu.Lock()
	defer g.mu.Unlock()
	g.uses = uses
	return len(uses), nil
}

// keep writes u's log for the request of digest to the journal, if any: deletes it when
// nothing was sent or what was sent can never log. Outside g.mu.
func (g *Gateway) keep(digest common.Hash, u *use) error {
	if g.Journal == nil {
		return nil
	}
	g.mu.Lock()
	k := kept{Expires: u.expires, SentAt: u.sentAt, Logged: u.logged}
	var err error
	if u.pending != nil {
		k.Pending, err = u.pending.Tx().MarshalBinary()
	}
	g.mu.Unlock()
	switch {
	case err != nil:
	case k.Pending == nil && k.Logged == (common.Hash{}):
		err = g.Journal.Delete(journalKey(digest))
	default:
		err = g.Journal.Put(journalKey(digest), k)
	}
	if err != nil {
		return fmt.Errorf("the gateway's journal: %w", err)
	}
	return nil
}

// keepOrWarn is keep where the transaction is sent already: a journal that failed is
// logged, and after a restart the request would be served afresh or under a stale state.
func (g *Gateway) keepOrWarn(digest common.Hash, u *use) {
	if err := g.keep(digest, u); err != nil {
		slog.Error("The gateway's journal failed: after a restart, this request would be logged again", "request", digest.Hex(), "err", err)
	}
}

// forget deletes the logs of expired requests from the journal, if any.
func (g *Gateway) forget(keys []string) {
	if g.Journal == nil {
		return
	}
	for _, key := range keys {
		if err := g.Journal.Delete(key); err != nil {
			slog.Warn("The gateway's journal keeps an expired request", "key", key, "err", err)
		}
	}
}

// orDefault is n, or def when n is zero.
func orDefault(n, def uint64) uint64 {
	if n == 0 {
		return def
	}
	return n
}

// Fetcher is a provider's side of asking: its key, and the chain to check what it gets.
type Fetcher struct {
	Key      *ecdsa.PrivateKey
	View     *View
	Contract common.Address
	Client   *http.Client
	Now      func() time.Time
}

// Fetch asks the gateway at url (the holder's) for record under consent, and returns the
// record's bytes once they match the hash anchored on chain by holder. A refusal is
// returned as a *RefusalError naming the gateway's (or the contract's) reason.
func (f *Fetcher) Fetch(ctx context.Context, url string, holder common.Address, record common.Hash, consent uint64) ([]byte, *FetchResponse, error) {
	rec, err := f.View.HC.Record(opts(ctx), holder, record)
	if err != nil {
		return nil, nil, fmt.Errorf("read record %s: %w", record.Hex(), err)
	}
	if rec.Provider != holder {
		return nil, nil, fmt.Errorf("record %s: %w (%s anchored no record of that hash)", record.Hex(), ErrNotHeld, holder.Hex())
	}
	req := FetchRequest{Contract: f.Contract, Holder: holder, Record: record, Consent: consent,
		Requester: crypto.PubkeyToAddress(f.Key.PublicKey), Expires: uint64(f.Now().Add(FetchRequestAge).Unix())}
	var nonce [8]byte
	if _, err := rand.Read(nonce[:]); err != nil {
		return nil, nil, err
	}
	req.Nonce = binary.BigEndian.Uint64(nonce[:])
	if req.Signature, err = crypto.Sign(req.Digest(), f.Key); err != nil {
		return nil, nil, fmt.Errorf("sign the fetch request: %w", err)
	}
	// The same signed request again when the gateway could not finish (its log pending, the
	// chain or the node unavailable, the request being served) or its answer did not arrive:
	// the gateway logs it once. A block apart, while the request is good.
	out, err := f.postUntilServed(ctx, url, req)
	if err != nil {
		return nil, nil, err
	}
	data, err := ecies.ImportECDSA(f.Key).Decrypt(out.Ciphertext, nil, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("decrypt record %s: %w", record.Hex(), err)
	}
	if got := common.Hash(sha256.Sum256(data)); got != record {
		return nil, nil, fmt.Errorf("%w: got %s, anchored %s", ErrHashMismatch, got.Hex(), record.Hex())
	}
	return data, out, nil
}

// FetchRequestAge is how long a fetch request Fetch signs is good: it sends it again, a
// block apart, until the gateway serves or refuses it, or it expires.
const FetchRequestAge = time.Minute

// postUntilServed posts req until the gateway serves or refuses it, one block period apart
// (a log is mined no sooner), and gives up when the next try would come after req expires.
func (f *Fetcher) postUntilServed(ctx context.Context, url string, req FetchRequest) (*FetchResponse, error) {
	period := f.View.blockPeriod(ctx)
	for tries := 1; ; tries++ {
		out, err := f.post(ctx, url, req)
		if err == nil || !retryable(err) {
			return out, err
		}
		if !f.Now().Add(period).Before(time.Unix(int64(req.Expires), 0)) {
			return nil, fmt.Errorf("sent %d times, a block (%s) apart, until the request expired: %w", tries, period, err)
		}
		select {
		case <-ctx.Done():
			return nil, err
		case <-time.After(period):
		}
	}
}

// retryable: the gateway could not finish for a reason that may pass (no answer, its log
// pending or dropped, the chain or its node unavailable, the same request being served),
// not a refusal.
func retryable(err error) bool {
	var ref *RefusalError
	if !errors.As(err, &ref) {
		var net *url.Error
		return errors.As(err, &net)
	}
	switch ref.Refusal.Error {
	case "AccessPending", "AccessNotLogged", "ChainUnavailable", "RequestInProgress":
		return true
	}
	return false
}

// post sends the signed request once.
func (f *Fetcher) post(ctx context.Context, gateway string, req FetchRequest) (*FetchResponse, error) {
	body, _ := json.Marshal(req)
	hreq, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimSuffix(gateway, "/")+FetchPath, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	hreq.Header.Set("Content-Type", "application/json")
	resp, err := f.Client.Do(hreq)
	if err != nil {
		return nil, fmt.Errorf("fetch record %s from %s: %w", req.Record.Hex(), gateway, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		var ref Refusal
		if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<16)).Decode(&ref); err != nil || ref.Error == "" {
			return nil, fmt.Errorf("fetch record %s from %s: HTTP %d", req.Record.Hex(), gateway, resp.StatusCode)
		}
		return nil, &RefusalError{Status: resp.StatusCode, Refusal: ref}
	}
	var out FetchResponse
	if err := json.NewDecoder(io.LimitReader(resp.Body, 64<<20)).Decode(&out); err != nil {
		return nil, fmt.Errorf("fetch record %s from %s: the answer is not a record: %w", req.Record.Hex(), gateway, err)
	}
	return &out, nil
}

// RefusalError is a gateway's refusal to release a record.
type RefusalError struct {
	Status int
	Refusal
}

func (e *RefusalError) Error() string {
	return fmt.Sprintf("the holder's gateway refused (%s): %s", e.Refusal.Error, e.Detail)
}
