package devnet

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/p2p/enode"

	"github.com/seoulchain/seoulchain/genesis"
	"github.com/seoulchain/seoulchain/internal/atomicfile"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/txsend"
	"github.com/seoulchain/seoulchain/internal/wallet"
	"github.com/seoulchain/seoulchain/node"
)

// Defaults of the local network.
const (
	DefaultDataDir  = ".devnet"
	DefaultSigners  = 3
	DefaultHTTPPort = node.DefaultHTTPPort // node i serves HTTP on HTTPPort+2(i-1), WS one above
	DefaultP2PPort  = 30303                // node i listens on P2PPort+(i-1)
	// staffFunds is the staff account's prefunded balance, in ether: gas for years of
	// local use.
	staffFunds = "1,000,000"
	// DefaultReadyTimeout bounds the wait for the first sealed blocks after a start.
	DefaultReadyTimeout = 60 * time.Second
)

var (
	// ErrNotDevnet is returned when the data directory is not empty yet holds no devnet.
	ErrNotDevnet = errors.New("data directory holds something other than a devnet")
	// ErrNotSealing is returned when no blocks are sealed within the ready timeout.
	ErrNotSealing = errors.New("network is not sealing blocks")
)

// Config of the local network.
type Config struct {
	DataDir  string
	Signers  int
	ChainID  uint64
	Period   uint64
	HTTPPort int
	P2PPort  int
	// Contracts are deployed on the first start and whenever one is missing.
	Contracts []string
	// HoldReady keeps devnet.json marked deploying after Start, for a caller that starts
	// more before the devnet is usable (the relayer) and then calls Ready.
	HoldReady bool
	// ReadyTimeout bounds the wait for sealed blocks after a start (0: the default). The
	// signers must peer first; a handshake that times out on a loaded machine is retried
	// by go-ethereum only after about 35 seconds.
	ReadyTimeout time.Duration
	// Archive runs the nodes in archive mode (node.Config.Archive): every block's state is
	// on disk once the block is, so a devnet killed with SIGKILL restarts with its
	// contracts and latest blocks. Without it, its three signers die together, each
	// rewinds to the last state it wrote (the genesis for a young devnet) and the recorded
	// contracts are gone.
	Archive bool
}

// DefaultConfig returns the configuration `make run` uses.
func DefaultConfig() Config {
	return Config{
		DataDir:   DefaultDataDir,
		Signers:   DefaultSigners,
		ChainID:   genesis.DefaultChainID,
		Period:    genesis.DefaultPeriod,
		HTTPPort:  DefaultHTTPPort,
		P2PPort:   DefaultP2PPort,
		Contracts: deploy.All(),
		Archive:   true,
	}
}

// Check reports every problem of the config.
func (c *Config) Check() error {
	var errs []error
	if c.DataDir == "" {
		errs = append(errs, errors.New("no data directory: pass --datadir"))
	}
	if c.Signers < 1 || c.Signers > 16 {
		errs = append(errs, fmt.Errorf("signers %d: want 1 to 16", c.Signers))
	}
	if c.HTTPPort < 1 || c.HTTPPort+2*c.Signers > 65535 {
		errs = append(errs, fmt.Errorf("HTTP port %d: want a port with %d free ports above it", c.HTTPPort, 2*c.Signers))
	}
	if c.P2PPort < 1 || c.P2PPort+c.Signers > 65535 {
		errs = append(errs, fmt.Errorf("P2P port %d: want a port with %d free ports above it", c.P2PPort, c.Signers))
	}
	// setup creates the signers; a placeholder lets Check judge the other genesis rules.
	spec := genesis.DefaultSpec()
	spec.ChainID, spec.Period = c.ChainID, c.Period
	spec.Signers = []common.Address{{1}}
	if err := spec.Check(); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// Network is a running local network.
type Network struct {
	cfg   Config
	log   *slog.Logger
	info  *Info
	nodes []*node.Node
}

// New checks cfg and returns a network that is not started.
func New(cfg Config, log *slog.Logger) (*Network, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.Default()
	}
	abs, err := filepath.Abs(cfg.DataDir)
	if err != nil {
		return nil, fmt.Errorf("data directory %s: %w", cfg.DataDir, err)
	}
	cfg.DataDir = abs
	return &Network{cfg: cfg, log: log}, nil
}

// Reset removes a devnet's data directory. It refuses a directory that does not look like
// a devnet, so that a mistyped --datadir cannot delete anything else.
func Reset(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("reset %s: %w", dir, err)
	}
	if len(entries) == 0 {
		return nil
	}
	_, errInfo := os.Stat(filepath.Join(dir, InfoFile))
	_, errNode := os.Stat(filepath.Join(dir, "node1", "keystore"))
	if errInfo != nil && errNode != nil {
		return fmt.Errorf("%w: refusing to delete %s: it has no %s and no node1/keystore; remove it by hand if you mean it", ErrNotDevnet, dir, InfoFile)
	}
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("reset %s: %w", dir, err)
	}
	return nil
}

// Info returns the network's description, as written to devnet.json.
func (n *Network) Info() *Info { return n.info }

// Node returns node i (0-based).
func (n *Network) Node(i int) *node.Node { return n.nodes[i] }

// Start creates the network on first use, starts every node, waits until blocks are
// sealed, deploys missing contracts and writes devnet.json. On error it stops what it
// started.
func (n *Network) Start(ctx context.Context) (err error) {
	info, err := ReadInfo(n.cfg.DataDir)
	switch {
	case errors.Is(err, ErrNoDevnet):
		if info, err = n.setup(); err != nil {
			return err
		}
	case err != nil:
		return err
	}
	if len(info.Nodes) != n.cfg.Signers {
		n.log.Warn("Devnet was created with another number of signers; using it as created", "signers", len(info.Nodes))
	}
	n.info = info

	cfgs, err := n.nodeConfigs()
	if err != nil {
		return err
	}
	// Check every port before starting anything, so a taken port leaves nothing half-up.
	for i := range cfgs {
		if err := cfgs[i].CheckPorts(); err != nil {
			return fmt.Errorf("%s: %w", info.Nodes[i].Name, err)
		}
	}
	defer func() {
		if err != nil {
			n.Stop(context.Background())
		}
	}()
	n.nodes = make([]*node.Node, len(cfgs))
	for i := range cfgs {
		nd, err := node.New(cfgs[i], n.log.With("node", info.Nodes[i].Name))
		if err != nil {
			return fmt.Errorf("%s: %w", info.Nodes[i].Name, err)
		}
		n.nodes[i] = nd
		if err := nd.Start(ctx); err != nil {
			return fmt.Errorf("%s: %w", info.Nodes[i].Name, err)
		}
		info.Nodes[i].HTTP, info.Nodes[i].WS, info.Nodes[i].IPC = nd.HTTPEndpoint(), nd.WSEndpoint(), nd.IPCEndpoint()
		info.Nodes[i].Enode, info.Nodes[i].P2PPort = nd.Enode(), n.cfg.P2PPort+i
	}
	// The nodes serve from here on, the contracts only after the deploy: commands wait
	// while devnet.json says deploying. The relayer URL is of this start, set once it runs.
	info.Deploying, info.RelayerURL = true, ""
	if err := writeInfo(n.cfg.DataDir, info); err != nil {
		return err
	}

	client, err := ethclient.DialContext(ctx, info.RPC())
	if err != nil {
		return fmt.Errorf("connect to %s: %w", info.RPC(), err)
	}
	defer client.Close()
	ready := n.cfg.ReadyTimeout
	if ready == 0 {
		ready = DefaultReadyTimeout
	}
	if err := WaitForBlocks(ctx, client, 2, ready); err != nil {
		return err
	}
	return n.deploy(ctx, client)
}

// RelayerHotKeys is how many funded hot keys the devnet gives its relayer.
const RelayerHotKeys = 4

// SetRelayerURL records where the devnet's relayer serves, in devnet.json.
func (n *Network) SetRelayerURL(url string) error {
	n.info.RelayerURL = url
	return writeInfo(n.cfg.DataDir, n.info)
}

// Stop stops every node, last first.
func (n *Network) Stop(ctx context.Context) error {
	var errs []error
	for i := len(n.nodes) - 1; i >= 0; i-- {
		if n.nodes[i] != nil {
			errs = append(errs, n.nodes[i].Stop(ctx))
		}
	}
	return errors.Join(errs...)
}

func (n *Network) deploy(ctx context.Context, client *ethclient.Client) error {
	key, err := n.info.Staff.Unlock()
	if err != nil {
		return err
	}
	abis, err := deploy.ABIs()
	if err != nil {
		return err
	}
	sender, err := txsend.New(ctx, client, key.PrivateKey, n.log, abis...)
	if err != nil {
		return err
	}
	record := func(a deploy.Addresses) error {
		n.info.Contracts = a
		return writeInfo(n.cfg.DataDir, n.info)
	}
	addrs, _, err := deploy.Deploy(ctx, sender, n.cfg.Contracts, n.info.Contracts, record, n.log)
	if err != nil {
		return err
	}
	if len(n.cfg.Contracts) > 0 {
		// The staff key keeps every role, so that the README's staff commands work as they
		// do on a fresh deployment; the council, next to it, makes upgrades and governed
		// changes testable on the devnet.
		if addrs, _, err = deploy.Govern(ctx, sender, addrs, StaffCouncil(n.info.Staff.Address), true, record, n.log); err != nil {
			return fmt.Errorf("council: %w", err)
		}
	}
	if n.info.Relayer.Keystore == "" {
		// A devnet created before the relayer: give it a funded relayer key now.
		rel, err := newAccount(filepath.Join(n.cfg.DataDir, "relayer-key"))
		if err != nil {
			return fmt.Errorf("relayer account: %w", err)
		}
		funds := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
		if _, err := sender.Send(ctx, txsend.Candidate{To: &rel.Address, Value: funds}); err != nil {
			return fmt.Errorf("fund the relayer account: %w", err)
		}
		n.info.Relayer = rel
	}
	// The relayer's further hot keys (RelayerHotKeys in all), created and funded once; the
	// transfers go together, in one block.
	var funding []*txsend.Pending
	for i := len(n.info.RelayerHot) + 1; i < RelayerHotKeys; i++ {
		hot, err := newAccount(filepath.Join(n.cfg.DataDir, fmt.Sprintf("relayer-key-%d", i+1)))
		if err != nil {
			return fmt.Errorf("relayer hot key: %w", err)
		}
		funds := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
		p, err := sender.Start(ctx, txsend.Candidate{To: &hot.Address, Value: funds})
		if err != nil {
			return fmt.Errorf("fund a relayer hot key: %w", err)
		}
		funding = append(funding, p)
		n.info.RelayerHot = append(n.info.RelayerHot, hot)
	}
	for _, p := range funding {
		if _, err := sender.Wait(ctx, p); err != nil {
			return fmt.Errorf("fund a relayer hot key: %w", err)
		}
	}
	n.info.Contracts = addrs
	n.info.Deploying = n.cfg.HoldReady
	return writeInfo(n.cfg.DataDir, n.info)
}

// Ready marks the devnet usable in devnet.json, after a Start with HoldReady.
func (n *Network) Ready() error {
	n.info.Deploying = false
	return writeInfo(n.cfg.DataDir, n.info)
}

// CouncilDelay is the devnet council's delay: seconds, where mainnet settings wait 48 hours.
const CouncilDelay = 10 * time.Second

// StaffCouncil is the devnet's council: the staff key alone (1 of 1), with a delay of
// CouncilDelay and the emergency pause.
func StaffCouncil(staff common.Address) *deploy.Council {
	return &deploy.Council{
		Members:      []common.Address{staff},
		Threshold:    1,
		DelaySeconds: uint64(CouncilDelay / time.Second),
		Emergency:    []common.Address{staff},
	}
}

// WaitForBlocks waits until the head is count blocks past where it was when called.
func WaitForBlocks(ctx context.Context, client *ethclient.Client, count uint64, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	start, err := client.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	for {
		head, err := client.BlockNumber(ctx)
		if err == nil && head >= start+count {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%w: head stayed at %d for %s (are the signers peered? see the log)", ErrNotSealing, start, timeout)
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// nodeConfigs builds each node's config from the data directory and the ports of this run.
func (n *Network) nodeConfigs() ([]node.Config, error) {
	enodes := make([]string, len(n.info.Nodes))
	for i, ni := range n.info.Nodes {
		key, err := crypto.LoadECDSA(filepath.Join(ni.DataDir, "geth", "nodekey"))
		if err != nil {
			return nil, fmt.Errorf("%s: read node key: %w", ni.Name, err)
		}
		enodes[i] = enode.NewV4(&key.PublicKey, net.IPv4(127, 0, 0, 1), n.cfg.P2PPort+i, 0).URLv4()
	}
	cfgs := make([]node.Config, len(n.info.Nodes))
	for i, ni := range n.info.Nodes {
		pw, err := wallet.PasswordSource{File: ni.Signer.PasswordFile}.Read()
		if err != nil {
			return nil, err
		}
		c := node.DefaultConfig(ni.DataDir)
		c.P2PAddr = fmt.Sprintf("127.0.0.1:%d", n.cfg.P2PPort+i)
		for j, e := range enodes {
			if j != i {
				c.StaticPeers = append(c.StaticPeers, e)
			}
		}
		c.HTTPPort = n.cfg.HTTPPort + 2*i
		c.WSPort = c.HTTPPort + 1
		// Loopback only, so the signer-vote module may be served for `seoulchain signer`.
		c.HTTPModules = append(c.HTTPModules, "clique")
		c.Signer = &node.SignerConfig{KeyFile: ni.Signer.Keystore, Password: pw}
		c.Archive = n.cfg.Archive
		cfgs[i] = c
	}
	return cfgs, nil
}

// setup creates a new devnet in an empty or missing data directory.
func (n *Network) setup() (*Info, error) {
	dir := n.cfg.DataDir
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return nil, fmt.Errorf("%w: %s is not empty and has no %s (an interrupted first start?): run with --reset to start over, or choose another --datadir", ErrNotDevnet, dir, InfoFile)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create %s: %w", dir, err)
	}
	n.log.Info("Creating devnet", "datadir", dir, "signers", n.cfg.Signers)
	info := &Info{ChainID: n.cfg.ChainID, Contracts: deploy.Addresses{}}
	spec := genesis.DefaultSpec()
	spec.ChainID, spec.Period = n.cfg.ChainID, n.cfg.Period
	for i := 1; i <= n.cfg.Signers; i++ {
		name := fmt.Sprintf("node%d", i)
		nodeDir := filepath.Join(dir, name)
		acct, err := newAccount(nodeDir)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if err := os.MkdirAll(filepath.Join(nodeDir, "geth"), 0o700); err != nil {
			return nil, err
		}
		nodeKey, err := crypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		if err := crypto.SaveECDSA(filepath.Join(nodeDir, "geth", "nodekey"), nodeKey); err != nil {
			return nil, fmt.Errorf("%s: save node key: %w", name, err)
		}
		spec.Signers = append(spec.Signers, acct.Address)
		info.Nodes = append(info.Nodes, NodeInfo{Name: name, DataDir: nodeDir, Signer: acct})
	}
	staff, err := newAccount(filepath.Join(dir, "staff"))
	if err != nil {
		return nil, fmt.Errorf("staff account: %w", err)
	}
	info.Staff = staff
	alloc, err := genesis.ParseAlloc(staff.Address.Hex() + "=" + staffFunds)
	if err != nil {
		return nil, err
	}
	rel, err := newAccount(filepath.Join(dir, "relayer-key"))
	if err != nil {
		return nil, fmt.Errorf("relayer account: %w", err)
	}
	info.Relayer = rel
	relAlloc, err := genesis.ParseAlloc(rel.Address.Hex() + "=" + staffFunds)
	if err != nil {
		return nil, err
	}
	spec.Alloc = []genesis.Alloc{alloc, relAlloc}
	g, err := spec.Genesis()
	if err != nil {
		return nil, err
	}
	if err := genesis.Write(filepath.Join(dir, "genesis.json"), g, false); err != nil {
		return nil, err
	}
	for _, ni := range info.Nodes {
		hash, err := node.Init(ni.DataDir, g)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", ni.Name, err)
		}
		info.GenesisHash = hash
	}
	// Written last: its presence marks a complete setup.
	if err := writeInfo(dir, info); err != nil {
		return nil, err
	}
	return info, nil
}

// newAccount creates dir/keystore with one key and dir/password holding its random password.
func newAccount(dir string) (Account, error) {
	if err := os.MkdirAll(filepath.Join(dir, "keystore"), 0o700); err != nil {
		return Account{}, err
	}
	secret := make([]byte, 24)
	if _, err := rand.Read(secret); err != nil {
		return Account{}, err
	}
	password := hex.EncodeToString(secret)
	pwFile := filepath.Join(dir, "password")
	if err := atomicfile.Write(pwFile, []byte(password+"\n"), 0o600); err != nil {
		return Account{}, err
	}
	// Light scrypt: these keys guard nothing but a local chain, and unlock in milliseconds.
	addr, keyFile, err := wallet.NewKey(filepath.Join(dir, "keystore"), password, true)
	if err != nil {
		return Account{}, err
	}
	return Account{Address: addr, Keystore: keyFile, PasswordFile: pwFile}, nil
}
