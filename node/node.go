package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/downloader"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	gethnode "github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/ethereum/go-ethereum/triedb/hashdb"

	"github.com/seoulchain/seoulchain/internal/wallet"
)

// Init writes the genesis block into dataDir, as `geth init` does, and returns its hash.
// Initialising a directory again with the same genesis is a no-op; with another genesis it
// is refused.
func Init(dataDir string, g *core.Genesis) (common.Hash, error) {
	if dataDir == "" {
		return common.Hash{}, fmt.Errorf("%w: pass --datadir", ErrNoDataDir)
	}
	stack, err := gethnode.New(&gethnode.Config{Name: clientIdentifier, DataDir: dataDir})
	if err != nil {
		return common.Hash{}, fmt.Errorf("open data directory %s: %w", dataDir, err)
	}
	defer stack.Close()
	db, err := stack.OpenDatabaseWithFreezer("chaindata", 0, 0, "", "", false)
	if err != nil {
		return common.Hash{}, fmt.Errorf("open chain database in %s: %w", dataDir, err)
	}
	defer db.Close()
	// geth treats the same genesis block with another config as a fork-schedule upgrade
	// and rewrites the stored config, chain ID included (the block hash does not cover it).
	// For a city chain that is a mistake to refuse, not an upgrade.
	if stored := rawdb.ReadCanonicalHash(db, 0); stored != (common.Hash{}) {
		if cfg := rawdb.ReadChainConfig(db, stored); cfg != nil && g.Config != nil && !sameConfig(cfg, g.Config) {
			return common.Hash{}, fmt.Errorf("%s already holds a chain (genesis %x) with another chain config (chain ID %v, this genesis %v): use an empty --datadir for this genesis", dataDir, stored, cfg.ChainID, g.Config.ChainID)
		}
	}
	tdb := triedb.NewDatabase(db, &triedb.Config{HashDB: hashdb.Defaults})
	defer tdb.Close()
	_, hash, err := core.SetupGenesisBlock(db, tdb, g)
	var mismatch *core.GenesisMismatchError
	if errors.As(err, &mismatch) {
		return common.Hash{}, fmt.Errorf("%s already holds a chain with genesis %x, not %x: use an empty --datadir for this genesis", dataDir, mismatch.Stored, mismatch.New)
	}
	if err != nil {
		return common.Hash{}, fmt.Errorf("write genesis into %s: %w", dataDir, err)
	}
	return hash, nil
}

func sameConfig(a, b *params.ChainConfig) bool {
	ja, errA := json.Marshal(a)
	jb, errB := json.Marshal(b)
	return errA == nil && errB == nil && string(ja) == string(jb)
}

// Node is one running seoulchain node.
type Node struct {
	cfg Config
	log *slog.Logger

	mu       sync.Mutex
	stack    *gethnode.Node
	backend  *eth.Ethereum
	signer   common.Address
	quit     chan struct{} // ends refill
	refilled chan struct{} // closed when refill returned
}

// New checks cfg and returns a node that is not started yet.
func New(cfg Config, logger *slog.Logger) (*Node, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if logger == nil {
		logger = slog.Default()
	}
	return &Node{cfg: cfg, log: logger}, nil
}

// Start opens the chain, starts P2P and JSON-RPC and, for a signer, sealing. On error the
// caller must still call Stop, which releases whatever was opened.
func (n *Node) Start(ctx context.Context) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.stack != nil {
		return errors.New("node already started")
	}
	if err := n.cfg.CheckPorts(); err != nil {
		return err
	}
	stackCfg, err := n.stackConfig()
	if err != nil {
		return err
	}
	stack, err := gethnode.New(stackCfg)
	if err != nil {
		return fmt.Errorf("open data directory %s: %w", n.cfg.DataDir, err)
	}
	n.stack = stack

	gasLimit, err := storedGenesisGasLimit(stack, n.cfg.DataDir)
	if err != nil {
		return err
	}
	ethCfg := ethconfig.Defaults
	ethCfg.SyncMode = downloader.FullSync // a small PoA chain: nobody serves snap sync
	ethCfg.TxPool = n.cfg.TxPool
	ethCfg.NoPruning = n.cfg.Archive
	// The miner steers each block's gas limit towards GasCeil; keep it at the genesis's.
	ethCfg.Miner.GasCeil = gasLimit
	ethCfg.Miner.GasFloor = gasLimit
	if n.cfg.Signer != nil {
		addr, err := n.unlockSigner(stack)
		if err != nil {
			return err
		}
		n.signer = addr
		ethCfg.Miner.Etherbase = addr
		// refill idles the build of a block this signer may not seal by raising the
		// miner's least tip, which go-ethereum waives for the pool's "local" transactions
		// (those sent to this node's JSON-RPC, as the relayer does to every signer). So
		// none is local here; refill sets the least tip of every other build to the pool's
		// own floor: whatever the pool takes, a block takes, as it did for locals. A local
		// transaction was also kept on disk (transactions.rlp) over a restart; the chain's
		// senders resend what the chain has not mined instead. Miner.GasPrice stays: it is
		// also the gas price oracle's default suggestion.
		ethCfg.TxPool.NoLocals = true
		// refill rebuilds the block in turn; go-ethereum's own periodic rebuild (2 s)
		// could otherwise rebuild a sealed-next block after refill raised the tip.
		ethCfg.Miner.Recommit = 24 * time.Hour
	}
	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		return fmt.Errorf("start chain in %s: %w", n.cfg.DataDir, err)
	}
	n.backend = backend
	// eth_getLogs, filters and subscriptions live in their own service; geth's cmd wires it
	// the same way.
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{LogCacheSize: ethCfg.FilterLogCacheSize})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem, false)}})

	if err := stack.Start(); err != nil {
		if strings.Contains(err.Error(), "address already in use") {
			return fmt.Errorf("%w: %v: stop what listens there or choose another port", ErrPortInUse, err)
		}
		return fmt.Errorf("start node in %s: %w", n.cfg.DataDir, err)
	}
	if n.cfg.Signer != nil {
		if err := backend.StartMining(); err != nil {
			return fmt.Errorf("start sealing as %s: %w", n.signer, err)
		}
		n.quit, n.refilled = make(chan struct{}), make(chan struct{})
		go func(quit, done chan struct{}) {
			defer close(done)
			refill(backend, n.signer, new(big.Int).SetUint64(ethCfg.TxPool.PriceLimit), quit, n.log)
		}(n.quit, n.refilled)
	}
	n.log.Info("Node started", "datadir", n.cfg.DataDir, "enode", stack.Server().Self().URLv4(),
		"http", n.httpEndpointLocked(), "ws", n.wsEndpointLocked(), "signer", n.signerText())
	return nil
}

// Stop shuts the node down and flushes the chain state to disk. It is safe to call on a
// node that failed to start or was never started, and more than once.
func (n *Node) Stop(ctx context.Context) error {
	n.mu.Lock()
	stack := n.stack
	n.stack, n.backend = nil, nil
	quit, refilled := n.quit, n.refilled
	n.quit, n.refilled = nil, nil
	n.mu.Unlock()
	if quit != nil {
		// refill ends before the miner does: a rebuild it asked for returns only while
		// the miner's loops run.
		close(quit)
		select {
		case <-refilled:
		case <-ctx.Done():
			if stack != nil {
				go stack.Close() // still released, if later
			}
			return fmt.Errorf("stop sealing in %s: %w", n.cfg.DataDir, ctx.Err())
		}
	}
	if stack == nil {
		return nil
	}
	done := make(chan error, 1)
	go func() { done <- stack.Close() }()
	select {
	case err := <-done:
		if err != nil && !errors.Is(err, gethnode.ErrNodeStopped) {
			return fmt.Errorf("stop node in %s: %w", n.cfg.DataDir, err)
		}
		n.log.Info("Node stopped", "datadir", n.cfg.DataDir)
		return nil
	case <-ctx.Done():
		return fmt.Errorf("stop node in %s: %w", n.cfg.DataDir, ctx.Err())
	}
}

func (n *Node) stackConfig() (*gethnode.Config, error) {
	static, err := n.cfg.staticNodes()
	if err != nil {
		return nil, err
	}
	restrict, err := n.cfg.netRestrict()
	if err != nil {
		return nil, err
	}
	cfg := &gethnode.Config{
		Name:             clientIdentifier,
		DataDir:          n.cfg.DataDir,
		IPCPath:          n.cfg.IPCPath,
		HTTPHost:         n.cfg.HTTPHost,
		HTTPPort:         n.cfg.HTTPPort,
		HTTPModules:      n.cfg.HTTPModules,
		HTTPVirtualHosts: n.cfg.HTTPVirtualHosts,
		HTTPCors:         n.cfg.HTTPCors,
		HTTPTimeouts:     rpc.DefaultHTTPTimeouts,
		WSHost:           n.cfg.WSHost,
		WSPort:           n.cfg.WSPort,
		WSModules:        n.cfg.WSModules,
		WSOrigins:        n.cfg.WSOrigins,
		P2P: p2p.Config{
			ListenAddr:  n.cfg.P2PAddr,
			MaxPeers:    n.cfg.MaxPeers,
			NoDiscovery: true,
			DiscoveryV4: false,
			DiscoveryV5: false,
			StaticNodes: static,
			NetRestrict: restrict,
		},
	}
	if cfg.HTTPHost == "" {
		cfg.HTTPPort = 0
	}
	if cfg.WSHost == "" {
		cfg.WSPort = 0
	}
	return cfg, nil
}

// CheckPorts names a taken port before geth tries it: geth's own error does not say which
// of the node's listeners failed.
func (c *Config) CheckPorts() error {
	type listener struct{ what, addr, flag string }
	var ls []listener
	if c.HTTPHost != "" && c.HTTPPort != 0 {
		ls = append(ls, listener{"HTTP JSON-RPC", hostPort(c.HTTPHost, c.HTTPPort), "--http.port"})
	}
	if c.WSHost != "" && c.WSPort != 0 && !(c.WSHost == c.HTTPHost && c.WSPort == c.HTTPPort) {
		ls = append(ls, listener{"WebSocket JSON-RPC", hostPort(c.WSHost, c.WSPort), "--ws.port"})
	}
	if _, port, _ := net.SplitHostPort(c.P2PAddr); port != "0" {
		ls = append(ls, listener{"P2P", c.P2PAddr, "--port"})
	}
	for _, l := range ls {
		ln, err := net.Listen("tcp", l.addr)
		if err != nil {
			return fmt.Errorf("%w: %s %s: stop what listens there or choose another port (%s)", ErrPortInUse, l.what, l.addr, l.flag)
		}
		ln.Close()
	}
	return nil
}

// storedGenesisGasLimit refuses a data directory without a chain: geth would otherwise
// write the Ethereum mainnet genesis into it.
func storedGenesisGasLimit(stack *gethnode.Node, dataDir string) (uint64, error) {
	db, err := stack.OpenDatabaseWithFreezer("chaindata", 0, 0, "", "", false)
	if err != nil {
		return 0, fmt.Errorf("open chain database in %s: %w", dataDir, err)
	}
	defer db.Close()
	hash := rawdb.ReadCanonicalHash(db, 0)
	if hash == (common.Hash{}) {
		return 0, fmt.Errorf("%w: %s has no chain; run: seoulchain node init --genesis FILE --datadir %s", ErrNotInitialised, dataDir, dataDir)
	}
	header := rawdb.ReadHeader(db, hash, 0)
	if header == nil {
		return 0, fmt.Errorf("%w: %s has no genesis header", ErrNotInitialised, dataDir)
	}
	return header.GasLimit, nil
}

// unlockSigner adds the signer's keystore directory to the node's account manager and
// unlocks the key there, which is how geth's Clique finds the key it seals with.
func (n *Node) unlockSigner(stack *gethnode.Node) (common.Address, error) {
	path, err := filepath.Abs(n.cfg.Signer.KeyFile)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %s: %v", ErrSigner, n.cfg.Signer.KeyFile, err)
	}
	addr, err := wallet.KeyFileAddress(path)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrSigner, err)
	}
	ks := keystore.NewKeyStore(filepath.Dir(path), keystore.StandardScryptN, keystore.StandardScryptP)
	stack.AccountManager().AddBackend(ks)
	acct := accounts.Account{Address: addr, URL: accounts.URL{Scheme: keystore.KeyStoreScheme, Path: path}}
	if err := ks.Unlock(acct, n.cfg.Signer.Password); err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return common.Address{}, fmt.Errorf("%w: wrong password for keystore file %s (check the password file)", ErrSigner, path)
		}
		return common.Address{}, fmt.Errorf("%w: unlock %s: %v", ErrSigner, path, err)
	}
	return addr, nil
}

// HTTPEndpoint is the HTTP JSON-RPC URL, or "" when HTTP is off.
func (n *Node) HTTPEndpoint() string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.httpEndpointLocked()
}

func (n *Node) httpEndpointLocked() string {
	if n.stack == nil || n.cfg.HTTPHost == "" {
		return ""
	}
	return n.stack.HTTPEndpoint()
}

// WSEndpoint is the WebSocket JSON-RPC URL, or "" when WebSocket is off.
func (n *Node) WSEndpoint() string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.wsEndpointLocked()
}

func (n *Node) wsEndpointLocked() string {
	if n.stack == nil || n.cfg.WSHost == "" {
		return ""
	}
	return n.stack.WSEndpoint()
}

// IPCEndpoint is the IPC socket path, or "" when IPC is off.
func (n *Node) IPCEndpoint() string {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.stack == nil || n.cfg.IPCPath == "" {
		return ""
	}
	return n.stack.IPCEndpoint()
}

// Enode is this node's enode URL, for other nodes' static peer lists.
func (n *Node) Enode() string {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.stack == nil {
		return ""
	}
	return n.stack.Server().Self().URLv4()
}

// Signer returns the sealing address, or the zero address for a non-signer.
func (n *Node) Signer() common.Address {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.signer
}

func (n *Node) signerText() string {
	if n.signer == (common.Address{}) {
		return "none"
	}
	return n.signer.Hex()
}
