package cert

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/txmgr"
	"github.com/seoulchain/seoulchain/relayer/plugin"
	"github.com/seoulchain/seoulchain/services/internal/bearer"
)

// maxLeavesPerPost bounds one batch posted to the relayer (a body of about 7 MB).
const maxLeavesPerPost = 100_000

//go:embed web
var webFiles embed.FS

// RelayerConfig is the [certs] table of the relayer's TOML.
type RelayerConfig struct {
	Offices []RelayerOffice `toml:"offices"`
}

// RelayerOffice is an issuing office's system allowed to post its batches' leaves.
type RelayerOffice struct {
	Name      string `toml:"name"`
	Address   string `toml:"address"`      // the office's key, which anchors its batches
	TokenHash string `toml:"token_sha256"` // hex SHA-256 of the bearer token (plugin.HashToken)
}

// entry is where a document sits: its batch and its proof.
type entry struct {
	root  common.Hash
	proof []common.Hash
}

// Relayer is the certificates plug-in: offices post the document hashes of a batch they
// anchored (or are about to); anyone asks GET /v1/certs/{sha256}, and people use the page at
// /verify. The verdict always comes from the chain (CertificateRegistry.check): the index
// only says where a hash would be, so a posted batch never anchored, or anchored by another
// office, proves nothing.
type Relayer struct {
	cfg     RelayerConfig
	offices map[common.Address]string // address → name, from the configuration
	reg     common.Address
	h       plugin.Host
	check   *Checker

	mu    sync.RWMutex
	index map[common.Hash]entry // document SHA-256 → its place
	// posted is who posted each batch (journal); anchored who anchored each root, from the
	// registry's BatchAnchored events read up to block synced. Together they say which
	// posted batches are anchored and which still wait. (A proof is checked against the
	// chain, which names the office that anchored the root: who posted the leaves does not
	// change a verdict.)
	posted   map[common.Hash]postedBatch
	anchored map[common.Hash]common.Address
	synced   uint64    // next block to read events from
	lastSync time.Time // Tick reads new events at most every syncEvery
}

// postedBatch is a journaled batch: its office and documents.
type postedBatch struct {
	office common.Address
	docs   []common.Hash
}

// syncEvery spaces the reads of new BatchAnchored events (blocks come every second or so).
const syncEvery = 2 * time.Second

// logPage bounds one eth_getLogs range, as the relayer's event replay does.
const logPage = 5_000

// Plugin builds the plug-in, for services.All.
func Plugin() plugin.Plugin { return NewRelayer() }

// NewRelayer is a plug-in waiting for Configure.
func NewRelayer() *Relayer {
	return &Relayer{index: map[common.Hash]entry{}, posted: map[common.Hash]postedBatch{}, anchored: map[common.Hash]common.Address{}}
}

var _ plugin.Plugin = (*Relayer)(nil)

// Name is the plug-in's HTTP prefix: /v1/certs/.
func (p *Relayer) Name() string { return "certs" }

// DefaultAllow: citizens call nothing of the registry through the forwarder.
func (p *Relayer) DefaultAllow() map[string][]string { return nil }

// Configure reads [certs].
func (p *Relayer) Configure(c plugin.Config) error {
	if err := c.Section.Decode(&p.cfg); err != nil {
		return err
	}
	p.offices = map[common.Address]string{}
	seen := map[string]string{}
	for i, o := range p.cfg.Offices {
		if o.Name == "" || !common.IsHexAddress(o.Address) {
			return fmt.Errorf("offices[%d]: name and address (0x…) are required", i)
		}
		h, err := plugin.CheckTokenHash(o.TokenHash)
		if err != nil {
			return fmt.Errorf("offices[%d] (%s): %w", i, o.Name, err)
		}
		if other, ok := seen[string(h)]; ok {
			return fmt.Errorf("offices %s and %s have the same token", other, o.Name)
		}
		seen[string(h)] = o.Name
		p.offices[common.HexToAddress(o.Address)] = o.Name
	}
	p.reg = c.Contracts[deploy.CertRegistry]
	return nil
}

// storedBatch is a posted batch as journaled: the leaves are all the relayer keeps.
type storedBatch struct {
	Office    common.Address `json:"office"`
	Documents []common.Hash  `json:"documents"`
}

// Start rebuilds the index from the journaled batches.
func (p *Relayer) Start(_ context.Context, h plugin.Host) error {
	p.h = h
	if p.h.Log == nil {
		p.h.Log = slog.Default()
	}
	// The proofs the plug-in builds are its own, for the registry of its address book on
	// the chain it reads: chain ID 0 on both sides.
	var err error
	if p.check, err = NewChecker(h.Chain, p.reg, 0); err != nil {
		return err
	}
	// The index is rebuilt from the stored leaves (the chain holds only roots) and the
	// registry's events (which roots are anchored, by whom).
	if err := h.Journal.Each(h.JournalPrefix+"batch/", func(_ string, v []byte) error {
		var b storedBatch
		if err := json.Unmarshal(v, &b); err != nil {
			return err
		}
		_, err := p.add(b.Office, b.Documents)
		return err
	}); err != nil {
		return err
	}
	return p.sync(context.Background())
}

// sync reads the BatchAnchored events since the last read.
func (p *Relayer) sync(ctx context.Context) error {
	if p.reg == (common.Address{}) {
		return nil
	}
	head, err := p.h.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("certs: read the head: %w", err)
	}
	last := head.Number.Uint64()
	for from := p.synced; from <= last; from += logPage {
		to := min(from+logPage-1, last)
		logs, err := p.h.Chain.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{p.reg}, Topics: [][]common.Hash{{batchAnchoredTopic}},
		})
		if err != nil {
			return fmt.Errorf("certs: read BatchAnchored events %d-%d: %w", from, to, err)
		}
		p.mu.Lock()
		for _, l := range logs {
			if len(l.Topics) == 3 {
				p.anchored[l.Topics[1]] = common.BytesToAddress(l.Topics[2].Bytes())
			}
		}
		p.synced = to + 1
		p.mu.Unlock()
	}
	return nil
}

// add indexes a batch's documents, posted by office, and returns its root.
func (p *Relayer) add(office common.Address, docs []common.Hash) (common.Hash, error) {
	tree, err := NewTree(docs)
	if err != nil {
		return common.Hash{}, err
	}
	root := tree.Root()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, d := range docs {
		proof, err := tree.Proof(d)
		if err != nil {
			return common.Hash{}, err
		}
		p.index[d] = entry{root: root, proof: proof}
	}
	p.posted[root] = postedBatch{office: office, docs: docs}
	return root, nil
}

// batchStatus is GET /v1/certs/batches/{root}: whether a posted batch is indexed and anchored.
type batchStatus struct {
	Root      common.Hash     `json:"root"`
	Posted    bool            `json:"posted"`
	Documents int             `json:"documents"`
	Anchored  bool            `json:"anchored"`
	Office    *common.Address `json:"office,omitempty"` // who anchored it
}

// Routes: offices post batches; anyone asks about a hash.
func (p *Relayer) Routes() []plugin.Route {
	return []plugin.Route{
		{Method: "POST", Path: "/batches", Label: "cert_batches", Handler: p.handleBatch},
		{Method: "GET", Path: "/batches/{root}", Label: "cert_batch", Handler: p.handleBatchStatus},
		{Method: "GET", Path: "/{sha256}", Label: "cert_lookup", Handler: p.handleLookup},
	}
}

// Pages is the public verification page, served at /verify (relayer/plugin.Pages).
func (p *Relayer) Pages() []plugin.Route {
	sub, _ := fs.Sub(webFiles, "web") // a fixed embedded path
	files := http.FileServer(http.FS(sub))
	page := func(w http.ResponseWriter, r *http.Request) {
		// The page loads nothing from elsewhere and sends the file nowhere: only its own
		// script, style and the lookup.
		w.Header().Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "no-referrer")
		r = r.Clone(r.Context())
		r.URL.Path = strings.TrimPrefix(r.URL.Path, "/verify")
		if r.URL.Path == "" {
			r.URL.Path = "/"
		}
		files.ServeHTTP(w, r)
	}
	return []plugin.Route{
		{Method: "GET", Path: "/verify", Label: "cert_page", Handler: page},
		{Method: "GET", Path: "/verify/{file}", Label: "cert_page", Handler: page},
	}
}

// BatchBody is what POST /v1/certs/batches takes: the SHA-256 of every document of a batch.
type BatchBody struct {
	Documents []common.Hash `json:"documents"`
}

func (p *Relayer) handleBatch(w http.ResponseWriter, r *http.Request) {
	o, ok := bearer.Require(w, r, p.cfg.Offices, func(o RelayerOffice) string { return o.TokenHash },
		p.refuse, "an issuing office's bearer token is required (Authorization: Bearer …)")
	if !ok {
		return
	}
	office, name := common.HexToAddress(o.Address), o.Name
	var body BatchBody
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 8<<20))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&body); err != nil {
		p.refuse(w, http.StatusBadRequest, fmt.Sprintf("body: %v (want {\"documents\": [\"0x<sha256>\", …]})", err))
		return
	}
	if len(body.Documents) > maxLeavesPerPost {
		p.refuse(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("%d documents: at most %d a batch", len(body.Documents), maxLeavesPerPost))
		return
	}
	tree, err := NewTree(body.Documents)
	if err != nil {
		p.refuse(w, http.StatusBadRequest, err.Error())
		return
	}
	root := tree.Root()
	b, err := p.check.reg.Batch(nil, root)
	if err != nil {
		p.refuse(w, http.StatusServiceUnavailable, fmt.Sprintf("read the registry: %v", err))
		return
	}
	if b.Office != (common.Address{}) && b.Office != office {
		p.refuse(w, http.StatusForbidden, fmt.Sprintf("batch %s was anchored by %s, not by %s", root.Hex(), b.Office.Hex(), name))
		return
	}
	if err := p.h.Journal.Put(p.h.JournalPrefix+"batch/"+root.Hex(), storedBatch{Office: office, Documents: body.Documents}); err != nil {
		p.refuse(w, http.StatusInternalServerError, fmt.Sprintf("journal: %v", err))
		return
	}
	if _, err := p.add(office, body.Documents); err != nil {
		p.refuse(w, http.StatusInternalServerError, err.Error())
		return
	}
	if p.h.Metrics != nil {
		p.h.Metrics.Accepted("cert", len(body.Documents))
	}
	plugin.WriteJSON(w, http.StatusAccepted, map[string]any{"root": root, "documents": len(body.Documents), "anchored": b.Office == office})
}

func (p *Relayer) handleLookup(w http.ResponseWriter, r *http.Request) {
	raw := strings.TrimPrefix(strings.ToLower(r.PathValue("sha256")), "0x")
	doc, err := parseSHA256(raw)
	if err != nil {
		p.refuse(w, http.StatusBadRequest, err.Error())
		return
	}
	p.mu.RLock()
	e, found := p.index[doc]
	p.mu.RUnlock()
	var proof *Proof
	if found {
		proof = &Proof{Version: ProofVersion, DocumentHash: doc, Root: e.root, Proof: e.proof, Registry: p.reg}
	}
	res, err := p.check.Check(r.Context(), doc, proof)
	if err != nil {
		p.refuse(w, http.StatusServiceUnavailable, err.Error())
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	plugin.WriteJSON(w, http.StatusOK, res)
}

func (p *Relayer) handleBatchStatus(w http.ResponseWriter, r *http.Request) {
	root, err := parseSHA256(strings.TrimPrefix(strings.ToLower(r.PathValue("root")), "0x"))
	if err != nil {
		p.refuse(w, http.StatusBadRequest, "root: "+err.Error())
		return
	}
	p.mu.RLock()
	b, posted := p.posted[root]
	office, anchored := p.anchored[root]
	p.mu.RUnlock()
	st := batchStatus{Root: root, Posted: posted, Documents: len(b.docs), Anchored: anchored}
	if anchored {
		st.Office = &office
	}
	w.Header().Set("Cache-Control", "no-store")
	plugin.WriteJSON(w, http.StatusOK, st)
}

func parseSHA256(s string) (common.Hash, error) {
	if len(s) != 64 || strings.Trim(s, "0123456789abcdef") != "" {
		return common.Hash{}, errors.New("want the hex SHA-256 of the document (64 hex digits)")
	}
	return common.HexToHash(s), nil
}

func (p *Relayer) refuse(w http.ResponseWriter, status int, msg string) {
	if p.h.Metrics != nil {
		p.h.Metrics.Refused("cert", status)
	}
	plugin.WriteJSON(w, status, &plugin.Error{Status: status, Error: msg})
}

// Ready: the registry must be known to answer.
func (p *Relayer) Ready(context.Context) []plugin.Check {
	if p.reg == (common.Address{}) {
		return []plugin.Check{{Name: "certs", OK: false, Detail: "CertificateRegistry is not in the address book"}}
	}
	p.mu.RLock()
	defer p.mu.RUnlock()
	waiting := 0
	for root := range p.posted {
		if _, ok := p.anchored[root]; !ok {
			waiting++
		}
	}
	return []plugin.Check{{Name: "certs", OK: true, Detail: fmt.Sprintf("%d documents indexed in %d posted batches, %d not anchored yet (events read to block %d)",
		len(p.index), len(p.posted), waiting, int64(p.synced)-1)}}
}

// Tick follows the registry's new BatchAnchored events. The plug-in sends no
// transactions: offices anchor with their own keys.
func (p *Relayer) Tick(ctx context.Context) {
	if time.Since(p.lastSync) < syncEvery {
		return
	}
	p.lastSync = time.Now()
	if err := p.sync(ctx); err != nil {
		p.h.Log.Warn("certs: follow the registry's events", "err", err)
	}
}

func (p *Relayer) Jobs() []string             { return nil }
func (p *Relayer) Resubmit(string) error      { return nil }
func (p *Relayer) JobUpdated(txmgr.Job) error { return nil }
