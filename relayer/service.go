package relayer

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"net"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"golang.org/x/time/rate"

	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/fanout"
	"github.com/seoulchain/seoulchain/internal/forwarder"
	"github.com/seoulchain/seoulchain/internal/gasmeter"
	"github.com/seoulchain/seoulchain/internal/journal"
	"github.com/seoulchain/seoulchain/internal/txmgr"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// Service is the relayer: HTTP API, batcher, transaction manager and event feed.
type Service struct {
	cfg Config
	log *slog.Logger

	keys      []*ecdsa.PrivateKey
	rc        *rpc.Client
	ec        *ethclient.Client
	closeAlso func() // the further nodes' clients (node.also)
	j         *journal.Journal
	mgr       *txmgr.Manager
	contracts deploy.Addresses
	names     map[common.Address]string
	abis      map[string]*abi.ABI
	allABIs   []*abi.ABI
	allowed   map[common.Address]map[[4]byte]string
	domain    forwarder.Domain
	m         *metrics

	plugins []plugin.Plugin
	// owners routes a job's updates by the owner it was submitted for: the relay core
	// (relayOwner) or a plug-in (its name).
	owners map[string]jobOwner
	// legacy names the owner of jobs journaled before jobs carried one, from the records
	// that name them; read-only once the manager starts.
	legacy map[string]jobOwner

	relays *relayStore
	hub    *hub
	global *rate.Limiter // relay requests from everyone
	sims   chan struct{} // a slot per simulation running

	srv    *http.Server
	ln     net.Listener
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// New checks the configuration and prepares the service; keys are the unlocked hot keys,
// plugins the services it hosts (services.RelayerPlugins).
func New(cfg Config, keys []*ecdsa.PrivateKey, plugins []plugin.Plugin, log *slog.Logger) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("%w: no hot key unlocked", ErrConfig)
	}
	if log == nil {
		log = slog.Default()
	}
	s := &Service{cfg: cfg, log: log, keys: keys, plugins: plugins, names: map[common.Address]string{}, abis: map[string]*abi.ABI{},
		global: rate.NewLimiter(rate.Limit(cfg.GlobalRatePerSecond), cfg.GlobalBurst), sims: make(chan struct{}, cfg.MaxSimulations)}
	book := deploy.Addresses{}
	if cfg.AddressBook != "" {
		b, err := deploy.ReadBook(cfg.AddressBook)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrConfig, err)
		}
		book = b
	}
	for name, a := range cfg.Contracts {
		book[name] = a
	}
	s.contracts = book
	for _, st := range deploy.Steps() {
		a, err := st.Meta.GetAbi()
		if err != nil {
			return nil, err
		}
		s.abis[st.Name] = a
		s.allABIs = append(s.allABIs, a)
		if addr, ok := book[st.Name]; ok {
			s.names[addr] = st.Name
		}
	}
	if _, ok := book[deploy.CityForwarder]; !ok {
		return nil, fmt.Errorf("%w: the address of %s is not known: give an address book (--addresses or --devnet) or contracts.%s", ErrConfig, deploy.CityForwarder, deploy.CityForwarder)
	}
	if err := s.configurePlugins(); err != nil {
		return nil, err
	}
	allow := cfg.Allow
	if allow == nil {
		allow = map[string][]string{}
		for _, p := range plugins {
			for name, fns := range p.DefaultAllow() {
				allow[name] = append(allow[name], fns...)
			}
		}
	}
	s.allowed = map[common.Address]map[[4]byte]string{}
	for name, fns := range allow {
		addr, ok := book[name]
		if !ok {
			return nil, fmt.Errorf("%w: allow names %s, whose address is not known", ErrConfig, name)
		}
		a := s.abis[name]
		if a == nil {
			return nil, fmt.Errorf("%w: allow names %s, which is no seoulchain contract", ErrConfig, name)
		}
		sel := map[[4]byte]string{}
		for _, fn := range fns {
			m, ok := a.Methods[fn]
			if !ok {
				return nil, fmt.Errorf("%w: allow %s.%s: %s has no such function", ErrConfig, name, fn, name)
			}
			sel[[4]byte(m.ID)] = name + "." + fn
		}
		s.allowed[addr] = sel
	}
	return s, nil
}

// configurePlugins hands each plug-in its table of the configuration, with the top-level
// keys it claims (plugin.LegacyKeys), and refuses keys no plug-in takes.
func (s *Service) configurePlugins() error {
	rest := maps.Clone(s.cfg.Plugins)
	s.owners = map[string]jobOwner{relayOwner: relayJobs{s}}
	for _, p := range s.plugins {
		name := p.Name()
		if _, taken := s.owners[name]; taken {
			return fmt.Errorf("%w: two plug-ins named %s", ErrConfig, name)
		}
		s.owners[name] = p
		sec, err := section(rest[name])
		if err != nil {
			return fmt.Errorf("%w: [%s]: %v", ErrConfig, name, err)
		}
		delete(rest, name)
		if lk, ok := p.(plugin.LegacyKeys); ok {
			for _, k := range lk.LegacyKeys() {
				v, ok := rest[k]
				if !ok {
					continue
				}
				if _, both := sec[k]; both {
					return fmt.Errorf("%w: %s is set both at the top level and in [%s]: keep the one in [%s]", ErrConfig, k, name, name)
				}
				if sec == nil {
					sec = plugin.Section{}
				}
				sec[k] = v
				delete(rest, k)
			}
		}
		if err := p.Configure(plugin.Config{Section: sec, Contracts: s.contracts}); err != nil {
			return fmt.Errorf("%w: %s: %v", ErrConfig, name, err)
		}
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: unknown keys %s", ErrConfig, strings.Join(slices.Sorted(maps.Keys(rest)), ", "))
	}
	return nil
}

// section is a plug-in's table as LoadFile read it, or as set in Go.
func section(v any) (plugin.Section, error) {
	switch t := v.(type) {
	case nil:
		return nil, nil
	case plugin.Section:
		return maps.Clone(t), nil
	case map[string]any:
		return maps.Clone(plugin.Section(t)), nil
	}
	return nil, fmt.Errorf("want a table, got %T", v)
}

// Start opens the journal, dials the node, resumes journaled work and serves the API.
func (s *Service) Start(ctx context.Context) (err error) {
	defer func() {
		if err != nil {
			s.Stop(context.Background())
		}
	}()
	// The port first: a taken port must stop the start before anything is sent.
	if s.ln, err = net.Listen("tcp", s.cfg.Listen); err != nil {
		return fmt.Errorf("listen on %s: %w (is another relayer running? see --http.addr/--http.port)", s.cfg.Listen, err)
	}
	if s.j, err = journal.Open(filepath.Join(s.cfg.DataDir, "journal")); err != nil {
		return err
	}
	// Over HTTP, Go's default transport keeps 2 idle connections per host: with
	// max_simulations calls and every key's worker at once, each further call opened a
	// connection and closed it after (a TCP handshake per call, and tens of thousands of
	// sockets in TIME_WAIT under load). Keep one per call that may run at once.
	idle := s.cfg.MaxSimulations + 2*len(s.keys) + 16
	tr := http.DefaultTransport.(*http.Transport).Clone() // its dial, keep-alive and TLS timeouts
	tr.MaxIdleConns, tr.MaxIdleConnsPerHost = idle, idle
	// go-ethereum gzips a response when asked, and Go's transport asks by default: on
	// the loopback or a city's LAN that is CPU spent on both sides for nothing (a
	// block's receipts, every simulation's result).
	tr.DisableCompression = true
	httpClient := &http.Client{Transport: tr}
	if s.rc, err = rpc.DialOptions(ctx, s.cfg.RPC, rpc.WithHTTPClient(httpClient)); err != nil {
		return fmt.Errorf("connect to %s: %w", s.cfg.RPC, err)
	}
	s.ec = ethclient.NewClient(s.rc)
	chainID, err := s.ec.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("connect to %s: %w (is the node running?)", s.cfg.RPC, err)
	}
	s.domain = forwarder.Domain{ChainID: chainID, Forwarder: s.contracts[deploy.CityForwarder]}
	if err := gasmeter.CheckOverrides(ctx, s.rc, s.domain.Forwarder); err != nil {
		return fmt.Errorf("%s: %w (every relay request is simulated through it)", s.cfg.RPC, err)
	}

	s.m = newMetrics(func() float64 {
		if s.mgr == nil {
			return 0
		}
		return float64(s.mgr.QueueDepth())
	})
	// Every transaction also to the chain's other signers' nodes (node.also), over the
	// same pooled connections; one that cannot be dialled is only left out.
	also, closeAlso, err := fanout.Dial(ctx, s.cfg.Node.Also, s.cfg.RPC, rpc.WithHTTPClient(httpClient))
	s.closeAlso = closeAlso
	if err != nil {
		s.log.Warn("Sending without some further nodes (node.also)", "err", err)
	}
	txlog := s.log.With("part", "txmgr")
	if s.mgr, err = txmgr.New(s.cfg.TxMgr, fanout.New(s.ec, also, txlog), s.j, s.keys, s.m.txmgr(), txlog); err != nil {
		return err
	}
	s.mgr.ABIs = s.allABIs
	if s.relays, err = loadRelays(s.j); err != nil {
		return err
	}
	for _, p := range s.plugins {
		h := plugin.Host{
			Journal: s.j, JournalPrefix: p.Name() + "/",
			Submit: s.submitFor(p.Name()), Keys: s.mgr.Keys,
			Chain: s.ec, Contracts: s.contracts, ABIs: s.abis,
			Log: s.log.With("plugin", p.Name()), Metrics: pluginMetrics{s.m},
			GasMarginPercent: s.cfg.TxMgr.GasMarginPercent,
		}
		if err := p.Start(ctx, h); err != nil {
			return fmt.Errorf("start %s: %w", p.Name(), err)
		}
	}
	s.legacy = map[string]jobOwner{}
	for _, o := range s.owners {
		for _, job := range o.Jobs() {
			s.legacy[job] = o
		}
	}
	s.mgr.OnUpdate = s.onJob
	if err := s.mgr.Start(ctx); err != nil {
		return err
	}
	// Work journaled as assigned to a job the manager never journaled (a crash between
	// the two writes) is submitted again under the same ID; jobs that changed while the
	// records were not yet updated are applied now.
	s.resume()

	run, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	s.hub = newHub(s)
	if err := s.hub.start(ctx); err != nil {
		return err
	}
	s.wg.Add(2)
	go func() { defer s.wg.Done(); s.batchLoop(run) }()
	go func() { defer s.wg.Done(); s.hub.run(run) }()

	s.srv = &http.Server{Handler: s.routes(), ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout: s.cfg.HTTP.ReadTimeout, WriteTimeout: s.cfg.HTTP.WriteTimeout, IdleTimeout: s.cfg.HTTP.IdleTimeout}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		if err := s.srv.Serve(s.ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("HTTP server stopped", "err", err)
		}
	}()
	s.log.Info("Relayer started", "listen", s.ln.Addr().String(), "rpc", s.cfg.RPC, "also", len(also), "keys", s.mgr.Keys(),
		"forwarder", s.domain.Forwarder, "batching", s.cfg.Batching, "confirmations", s.cfg.Confirmations)
	return nil
}

// Addr is where the API listens (useful with port 0).
func (s *Service) Addr() string {
	if s.ln == nil {
		return ""
	}
	return s.ln.Addr().String()
}

// Stop stops accepting requests, lets in-flight work reach the journal, and closes.
func (s *Service) Stop(ctx context.Context) error {
	var errs []error
	if s.srv != nil {
		errs = append(errs, s.srv.Shutdown(ctx))
	} else if s.ln != nil {
		s.ln.Close()
	}
	if s.hub != nil {
		s.hub.closeAll()
	}
	if s.cancel != nil {
		s.cancel()
	}
	s.wg.Wait()
	if s.mgr != nil {
		errs = append(errs, s.mgr.Stop(ctx))
	}
	if s.rc != nil {
		s.rc.Close()
	}
	if s.closeAlso != nil {
		s.closeAlso()
	}
	if s.j != nil {
		errs = append(errs, s.j.Close())
		s.j = nil
	}
	return errors.Join(errs...)
}

func (s *Service) routes() http.Handler {
	mux := http.NewServeMux()
	handle := func(pattern, route string, h http.HandlerFunc) {
		mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
			start := time.Now()
			h(w, r)
			s.m.httpDuration.WithLabelValues(route).Observe(time.Since(start).Seconds())
		})
	}
	handle("POST /v1/relay", "relay", s.handleRelay)
	handle("GET /v1/relay/{id}", "relay_status", s.handleRelayStatus)
	handle("GET /v1/forwarder", "forwarder", s.handleForwarder)
	for _, p := range s.plugins {
		for _, rt := range p.Routes() {
			handle(rt.Method+" /v1/"+p.Name()+rt.Path, rt.Label, rt.Handler)
		}
		if pages, ok := p.(plugin.Pages); ok {
			for _, rt := range pages.Pages() {
				handle(rt.Method+" "+rt.Path, rt.Label, rt.Handler)
			}
		}
	}
	mux.HandleFunc("GET /v1/events", s.hub.serveWS)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "alive"})
	})
	mux.HandleFunc("GET /readyz", s.handleReady)
	mux.Handle("GET /metrics", s.m.handler())
	return mux
}

func (s *Service) handleReady(w http.ResponseWriter, r *http.Request) {
	checks := map[string]string{}
	ok := true
	fail := func(name, why string) { checks[name], ok = why, false }
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	head, err := s.ec.HeaderByNumber(ctx, nil)
	switch {
	case err != nil:
		fail("node", "unreachable: "+err.Error())
	default:
		checks["node"] = "ok"
		age := time.Since(time.Unix(int64(head.Time), 0))
		if age > s.cfg.HeadMaxAge {
			fail("head", fmt.Sprintf("block %d is %s old (more than %s): the chain is not sealing or the node is not syncing", head.Number, age.Round(time.Second), s.cfg.HeadMaxAge))
		} else {
			checks["head"] = fmt.Sprintf("block %d, %s old", head.Number, age.Round(time.Second))
		}
	}
	low := s.mgr.LowKeys()
	if len(low) == len(s.keys) {
		fail("keys", fmt.Sprintf("all %d hot keys are short of balance", len(s.keys)))
	} else {
		checks["keys"] = fmt.Sprintf("%d loaded, %d short of balance", len(s.keys), len(low))
	}
	if s.hub != nil {
		checks["events"] = s.hub.readiness() // said, never failing: see hub.readiness
	}
	if checks["node"] == "ok" {
		for _, p := range s.plugins {
			for _, c := range p.Ready(ctx) {
				if c.OK {
					checks[c.Name] = c.Detail
				} else {
					fail(c.Name, c.Detail)
				}
			}
		}
	}
	status := http.StatusOK
	if !ok {
		status = http.StatusServiceUnavailable
	}
	writeJSON(w, status, map[string]any{"ready": ok, "checks": checks})
}
