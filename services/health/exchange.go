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
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"

	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/txsend"
)

// Exchange between providers, off chain and verified against the chain. Provider B asks
// provider A's gateway for a record with a request B signs; A's gateway recovers B's key
// from the signature, asks the chain whether B may read the record now under the consent
// named (checkAccess), logs the access on chain (logAccess, from A's key), and returns the
// record encrypted to B's key (ECIES); B decrypts and checks the bytes against the hash A
// anchored. The record never touches the chain or the city's servers.

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

// Sender sends the holder's logAccess transactions.
type Sender interface {
	Send(ctx context.Context, c txsend.Candidate) (*txsend.Receipt, error)
}

// Gateway is a provider's side of the exchange: an http.Handler for FetchPath.
type Gateway struct {
	View     *View
	Contract common.Address
	Holder   common.Address
	Store    Store
	Sender   Sender // from Holder's key: logs each access before releasing
	Now      func() time.Time

	mu   sync.Mutex
	seen map[common.Hash]uint64 // digests served, until their expiry: a request is used once
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
	if !g.claim(common.BytesToHash(digest), req.Expires, now) {
		g.refuse(w, http.StatusConflict, "RequestUsed", "this signed request was served already: sign a new one")
		return
	}
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
	// Logged before the record leaves: no read without its line in the patient's log.
	logData := cmdkit.MustPack(contractABI(), "logAccess", g.Holder, req.Record, req.Requester, consent)
	receipt, err := g.Sender.Send(ctx, txsend.Candidate{To: &g.Contract, Data: logData})
	if err != nil {
		g.refuse(w, http.StatusBadGateway, "AccessNotLogged", err.Error())
		return
	}
	ct, err := ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(pub), data, nil, nil)
	if err != nil {
		g.refuse(w, http.StatusInternalServerError, "EncryptFailed", err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(FetchResponse{Record: req.Record, Ciphertext: ct, AccessTx: receipt.TxHash})
}

// claim records digest as used until expires; false if it was used already.
func (g *Gateway) claim(digest common.Hash, expires, now uint64) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.seen == nil {
		g.seen = map[common.Hash]uint64{}
	}
	for d, exp := range g.seen {
		if exp <= now {
			delete(g.seen, d)
		}
	}
	if _, used := g.seen[digest]; used {
		return false
	}
	g.seen[digest] = expires
	return true
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
		Requester: crypto.PubkeyToAddress(f.Key.PublicKey), Expires: uint64(f.Now().Add(time.Minute).Unix())}
	var nonce [8]byte
	if _, err := rand.Read(nonce[:]); err != nil {
		return nil, nil, err
	}
	req.Nonce = binary.BigEndian.Uint64(nonce[:])
	if req.Signature, err = crypto.Sign(req.Digest(), f.Key); err != nil {
		return nil, nil, fmt.Errorf("sign the fetch request: %w", err)
	}
	body, _ := json.Marshal(req)
	hreq, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimSuffix(url, "/")+FetchPath, bytes.NewReader(body))
	if err != nil {
		return nil, nil, err
	}
	hreq.Header.Set("Content-Type", "application/json")
	resp, err := f.Client.Do(hreq)
	if err != nil {
		return nil, nil, fmt.Errorf("fetch record %s from %s: %w", record.Hex(), url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		var ref Refusal
		if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<16)).Decode(&ref); err != nil || ref.Error == "" {
			return nil, nil, fmt.Errorf("fetch record %s from %s: HTTP %d", record.Hex(), url, resp.StatusCode)
		}
		return nil, nil, &RefusalError{Status: resp.StatusCode, Refusal: ref}
	}
	var out FetchResponse
	if err := json.NewDecoder(io.LimitReader(resp.Body, 64<<20)).Decode(&out); err != nil {
		return nil, nil, fmt.Errorf("fetch record %s from %s: the answer is not a record: %w", record.Hex(), url, err)
	}
	data, err := ecies.ImportECDSA(f.Key).Decrypt(out.Ciphertext, nil, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("decrypt record %s: %w", record.Hex(), err)
	}
	if got := common.Hash(sha256.Sum256(data)); got != record {
		return nil, nil, fmt.Errorf("%w: got %s, anchored %s", ErrHashMismatch, got.Hex(), record.Hex())
	}
	return data, &out, nil
}

// RefusalError is a gateway's refusal to release a record.
type RefusalError struct {
	Status int
	Refusal
}

func (e *RefusalError) Error() string {
	return fmt.Sprintf("the holder's gateway refused (%s): %s", e.Refusal.Error, e.Detail)
}
