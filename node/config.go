package node

import (
	"errors"
	"fmt"
	"net"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/core/txpool/legacypool"
	"github.com/ethereum/go-ethereum/p2p/enode"
	"github.com/ethereum/go-ethereum/p2p/netutil"
)

// Defaults of a seoulchain node. Block gas limit and period are not here: they come from
// the genesis.
const (
	DefaultP2PAddr   = "0.0.0.0:30303"
	DefaultHTTPHost  = "127.0.0.1"
	DefaultHTTPPort  = 8545
	DefaultWSPort    = 8546
	DefaultMaxPeers  = 25
	DefaultIPCPath   = "geth.ipc"
	clientIdentifier = "geth" // the datadir's subfolder, so stock geth opens the same chain
)

// DefaultModules are served on HTTP and WebSocket unless the config says otherwise.
var DefaultModules = []string{"eth", "net", "web3", "txpool"}

// privilegedModules may be served only on loopback or IPC: they unlock keys, change peers,
// read node internals, steer sealing, or cast this signer's Clique votes.
var privilegedModules = map[string]bool{"personal": true, "admin": true, "debug": true, "miner": true, "clique": true}

// knownModules are the namespaces the embedded node registers.
var knownModules = map[string]bool{"eth": true, "net": true, "web3": true, "txpool": true, "personal": true, "admin": true, "debug": true, "miner": true, "clique": true}

// DefaultTxPool sizes the pool for a relayer that keeps hundreds of transactions in flight
// from one account: geth's default of 16 executable slots per account would make the pool
// queue or drop the relayer's transactions beyond the 16th.
func DefaultTxPool() legacypool.Config {
	c := legacypool.DefaultConfig
	c.AccountSlots = 1024
	c.GlobalSlots = 16384
	c.AccountQueue = 1024
	c.GlobalQueue = 4096
	c.Lifetime = 3 * time.Hour
	return c
}

// Config is everything a seoulchain node needs. The zero value is not usable: start from
// DefaultConfig.
type Config struct {
	// DataDir holds the chain (DataDir/geth/chaindata), the node key and the IPC socket,
	// in geth's layout.
	DataDir string

	// P2PAddr is the host:port P2P listens on; ":0" picks a free port.
	P2PAddr string
	// StaticPeers are the enode URLs of the other nodes; discovery is always off.
	StaticPeers []string
	// NetRestrict lists the CIDR ranges allowed to connect. Empty means: only the static
	// peers' own IP addresses.
	NetRestrict []string
	// MaxPeers caps connected peers.
	MaxPeers int

	// HTTPHost is the JSON-RPC HTTP address; "" turns HTTP off.
	HTTPHost    string
	HTTPPort    int
	HTTPModules []string
	// HTTPVirtualHosts are the Host headers accepted (requests by IP are always accepted).
	HTTPVirtualHosts []string
	HTTPCors         []string

	// WSHost is the WebSocket JSON-RPC address; "" turns WebSocket off.
	WSHost    string
	WSPort    int
	WSModules []string
	WSOrigins []string

	// IPCPath is the IPC socket, relative to DataDir unless absolute; "" turns IPC off.
	// IPC serves every module, as in geth: it is reachable only by local users with
	// access to the data directory.
	IPCPath string

	// Signer, when set, makes this node seal blocks with the key in Signer.KeyFile.
	Signer *SignerConfig

	// TxPool limits; see DefaultTxPool.
	TxPool legacypool.Config

	// Archive writes every block's state to disk as the block is written (geth's
	// --gcmode archive). Otherwise geth keeps the last 128 blocks' state in memory and
	// writes it on a clean stop: a node killed (SIGKILL, a crash, power) restarts rewound
	// to the last state it wrote, possibly the genesis. A network whose signers all die
	// at once, as a devnet's do, then has nobody to sync the lost blocks from.
	Archive bool
}

// SignerConfig names a geth keystore file and its password. The password is read by the
// caller from a file, an environment variable or a prompt, never from a flag.
type SignerConfig struct {
	KeyFile  string
	Password string
}

// DefaultConfig returns a config with every default set: HTTP on 127.0.0.1:8545, WebSocket
// on 127.0.0.1:8546, IPC on, P2P on 0.0.0.0:30303, no signer.
func DefaultConfig(dataDir string) Config {
	return Config{
		DataDir:          dataDir,
		P2PAddr:          DefaultP2PAddr,
		MaxPeers:         DefaultMaxPeers,
		HTTPHost:         DefaultHTTPHost,
		HTTPPort:         DefaultHTTPPort,
		HTTPModules:      append([]string(nil), DefaultModules...),
		HTTPVirtualHosts: []string{"localhost"},
		WSHost:           DefaultHTTPHost,
		WSPort:           DefaultWSPort,
		WSModules:        append([]string(nil), DefaultModules...),
		IPCPath:          DefaultIPCPath,
		TxPool:           DefaultTxPool(),
	}
}

// Check reports every problem of the config at once.
func (c *Config) Check() error {
	var errs []error
	if c.DataDir == "" {
		errs = append(errs, fmt.Errorf("%w: pass --datadir", ErrNoDataDir))
	}
	if _, _, err := net.SplitHostPort(c.P2PAddr); err != nil {
		errs = append(errs, fmt.Errorf("p2p address %q: want host:port: %w", c.P2PAddr, err))
	}
	errs = append(errs, checkModules("HTTP", c.HTTPHost, c.HTTPModules)...)
	errs = append(errs, checkModules("WebSocket", c.WSHost, c.WSModules)...)
	for _, p := range [...]struct {
		name string
		port int
	}{{"HTTP", c.HTTPPort}, {"WebSocket", c.WSPort}} {
		if p.port < 0 || p.port > 65535 {
			errs = append(errs, fmt.Errorf("%s port %d: want 0 to 65535", p.name, p.port))
		}
	}
	if _, err := c.staticNodes(); err != nil {
		errs = append(errs, err)
	}
	if _, err := c.netRestrict(); err != nil {
		errs = append(errs, err)
	}
	if c.MaxPeers < 0 {
		errs = append(errs, fmt.Errorf("max peers %d: want 0 or more", c.MaxPeers))
	}
	if c.Signer != nil && c.Signer.KeyFile == "" {
		errs = append(errs, fmt.Errorf("%w: no keystore file given for the signer", ErrSigner))
	}
	return errors.Join(errs...)
}

func checkModules(endpoint, host string, modules []string) []error {
	if host == "" {
		return nil
	}
	var errs []error
	loopback := isLoopback(host)
	for _, m := range modules {
		switch {
		case !knownModules[m]:
			errs = append(errs, fmt.Errorf("%w: %s module %q (known: eth, net, web3, txpool, clique, admin, debug, miner, personal)", ErrUnknownModule, endpoint, m))
		case privilegedModules[m] && !loopback:
			errs = append(errs, fmt.Errorf("%w: the %q module would be served on %s %s, reachable from other machines; "+
				"it can unlock keys, change peers or cast this signer's votes, so serve it only on 127.0.0.1 or IPC", ErrUnsafeModule, m, endpoint, host))
		}
	}
	return errs
}

// isLoopback reports whether host names only the loopback interface. "localhost" counts;
// an empty host or 0.0.0.0 (every interface) does not.
func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func (c *Config) staticNodes() ([]*enode.Node, error) {
	nodes := make([]*enode.Node, 0, len(c.StaticPeers))
	for _, url := range c.StaticPeers {
		n, err := enode.ParseV4(url)
		if err != nil {
			return nil, fmt.Errorf("%w: %q: %v (want enode://<128 hex digits>@host:port)", ErrBadPeer, url, err)
		}
		nodes = append(nodes, n)
	}
	return nodes, nil
}

// netRestrict returns the inbound allow-list: the configured CIDRs, or else each static
// peer's own address.
func (c *Config) netRestrict() (*netutil.Netlist, error) {
	list := new(netutil.Netlist)
	if len(c.NetRestrict) > 0 {
		for _, cidr := range c.NetRestrict {
			if _, _, err := net.ParseCIDR(cidr); err != nil {
				return nil, fmt.Errorf("%w: %q: want a range like 10.1.2.0/24", ErrBadNetRestrict, cidr)
			}
			list.Add(cidr)
		}
		return list, nil
	}
	nodes, err := c.staticNodes()
	if err != nil {
		return nil, err
	}
	for _, n := range nodes {
		if ip4 := n.IP().To4(); ip4 != nil {
			list.Add(ip4.String() + "/32")
		} else {
			list.Add(n.IP().String() + "/128")
		}
	}
	return list, nil
}

func hostPort(host string, port int) string {
	return net.JoinHostPort(host, strconv.Itoa(port))
}
