package cli

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/consensus/clique"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/genesis"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/wallet"
	"github.com/seoulchain/seoulchain/node"
)

// stopTimeout bounds a clean shutdown after SIGINT or SIGTERM.
const stopTimeout = 60 * time.Second

func nodeCommand() *cli.Command {
	return &cli.Command{
		Name:  "node",
		Usage: "initialise, run and inspect a city node",
		Subcommands: []*cli.Command{
			{
				Name:      "init",
				Usage:     "write the genesis into a new data directory",
				ArgsUsage: " ",
				Flags:     []cli.Flag{GenesisFileFlag, DataDirFlag},
				Description: `Writes the genesis block into --datadir, as 'geth init' does; the directory layout is
geth's, so stock geth v1.13.15 can open it. Running it again with the same genesis does
nothing; a different genesis or chain config is refused.`,
				Action: nodeInit,
			},
			{
				Name:      "run",
				Usage:     "run a node (a signer with --signer.keyfile)",
				ArgsUsage: " ",
				Flags: []cli.Flag{DataDirFlag, SignerKeyFileFlag, SignerPasswordFileFlag,
					P2PAddrFlag, P2PPortFlag, PeerFlag, NetRestrictFlag, MaxPeersFlag,
					HTTPAddrFlag, HTTPPortFlag, HTTPAPIFlag, HTTPVHostsFlag, HTTPCorsFlag,
					WSAddrFlag, WSPortFlag, WSAPIFlag, WSOriginsFlag, IPCPathFlag,
					TxPoolAccountSlotsFlag, TxPoolGlobalSlotsFlag},
				Description: `Runs a full node of the chain in --datadir (see 'node init') until SIGINT or SIGTERM,
then shuts down cleanly.

With --signer.keyfile the node seals blocks as that Clique signer; the key's password
comes from --signer.password-file, else $` + SignerPasswordEnv + `, else a prompt.

P2P: discovery is off; list every other city node with --peer. Inbound connections are
accepted only from the --peer addresses unless --netrestrict names ranges.

JSON-RPC: HTTP on 127.0.0.1:8545 and WebSocket on 127.0.0.1:8546 by default, serving
eth, net, web3 and txpool. The clique, admin, debug, miner and personal modules are
refused on any address other than loopback; IPC (geth.ipc in --datadir) serves all.

Example (one agency's signer):
   seoulchain node run --datadir /srv/seoulchain \
       --signer.keyfile /srv/keys/UTC--…  --signer.password-file /srv/keys/password \
       --peer enode://…@10.1.0.2:30303 --peer enode://…@10.1.0.3:30303`,
				Action: nodeRun,
			},
			{
				Name:      "status",
				Usage:     "show head, peers, signers, recent sealers and pending transactions",
				ArgsUsage: " ",
				Description: `Reads a node over --rpc and prints one screen: the head block and its age, peers, the
signer set, who sealed each of the last blocks (in turn or not), and the transaction pool.
The signer set needs the clique module (IPC or a loopback endpoint that serves it).`,
				Action: nodeStatus,
			},
		},
	}
}

func nodeInit(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	g, err := genesis.Load(c.String(GenesisFileFlag.Name))
	if err != nil {
		return &cmdkit.UsageError{Err: err}
	}
	dir := c.String(DataDirFlag.Name)
	hash, err := node.Init(dir, g)
	if err != nil {
		return err
	}
	if c.Bool(cmdkit.JSONFlag.Name) {
		return cmdkit.PrintJSON(c.App.Writer, map[string]any{"datadir": dir, "genesisHash": hash, "chainId": g.Config.ChainID})
	}
	return cmdkit.KeyValues(c.App.Writer,
		[2]string{"Initialised", dir},
		[2]string{"Chain ID", g.Config.ChainID.String()},
		[2]string{"Genesis hash", hash.Hex()},
	)
}

// nodeConfig fills a node.Config from the flags; defaults stay those of node.DefaultConfig.
func nodeConfig(c *cli.Context) (node.Config, error) {
	cfg := node.DefaultConfig(c.String(DataDirFlag.Name))
	cfg.P2PAddr = net.JoinHostPort(c.String(P2PAddrFlag.Name), strconv.Itoa(c.Int(P2PPortFlag.Name)))
	cfg.StaticPeers = c.StringSlice(PeerFlag.Name)
	cfg.NetRestrict = c.StringSlice(NetRestrictFlag.Name)
	cfg.MaxPeers = c.Int(MaxPeersFlag.Name)
	cfg.HTTPHost, cfg.HTTPPort = c.String(HTTPAddrFlag.Name), c.Int(HTTPPortFlag.Name)
	cfg.HTTPModules = c.StringSlice(HTTPAPIFlag.Name)
	cfg.HTTPVirtualHosts = c.StringSlice(HTTPVHostsFlag.Name)
	cfg.HTTPCors = c.StringSlice(HTTPCorsFlag.Name)
	cfg.WSHost, cfg.WSPort = c.String(WSAddrFlag.Name), c.Int(WSPortFlag.Name)
	cfg.WSModules = c.StringSlice(WSAPIFlag.Name)
	cfg.WSOrigins = c.StringSlice(WSOriginsFlag.Name)
	cfg.IPCPath = c.String(IPCPathFlag.Name)
	cfg.TxPool.AccountSlots = c.Uint64(TxPoolAccountSlotsFlag.Name)
	cfg.TxPool.GlobalSlots = c.Uint64(TxPoolGlobalSlotsFlag.Name)
	if err := cfg.Check(); err != nil {
		return cfg, &cmdkit.UsageError{Err: err}
	}
	if keyFile := c.String(SignerKeyFileFlag.Name); keyFile != "" {
		if _, err := wallet.KeyFileAddress(keyFile); err != nil {
			return cfg, cmdkit.Usagef("--%s: %w", SignerKeyFileFlag.Name, err)
		}
		pw, err := wallet.PasswordSource{File: c.String(SignerPasswordFileFlag.Name), Env: SignerPasswordEnv, Prompt: "Signer key password: "}.Read()
		if err != nil {
			return cfg, &cmdkit.UsageError{Err: err}
		}
		cfg.Signer = &node.SignerConfig{KeyFile: keyFile, Password: pw}
	}
	return cfg, nil
}

func nodeRun(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	log, err := cmdkit.SetupLogging(c, "info")
	if err != nil {
		return err
	}
	if err := cmdkit.SetupGethLogging(c, "info"); err != nil {
		return err
	}
	cfg, err := nodeConfig(c)
	if err != nil {
		return err
	}
	n, err := node.New(cfg, log)
	if err != nil {
		return &cmdkit.UsageError{Err: err}
	}
	ctx, stop := signal.NotifyContext(c.Context, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	startErr := n.Start(ctx)
	if startErr == nil {
		log.Info("Node running; stop with Ctrl-C or SIGTERM")
		<-ctx.Done()
		log.Info("Shutting down")
	}
	stopCtx, cancel := context.WithTimeout(context.Background(), stopTimeout)
	defer cancel()
	return errors.Join(startErr, n.Stop(stopCtx))
}

// recentBlocks is how many blocks `node status` lists.
const recentBlocks = 10

type blockRow struct {
	Number  uint64         `json:"number"`
	Hash    common.Hash    `json:"hash"`
	Sealer  common.Address `json:"sealer"`
	InTurn  bool           `json:"inTurn"`
	Txs     int            `json:"txs"`
	GasUsed uint64         `json:"gasUsed"`
	Time    uint64         `json:"time"`
}

type nodeStatusReport struct {
	RPC        string           `json:"rpc"`
	ChainID    *big.Int         `json:"chainId"`
	Head       uint64           `json:"head"`
	HeadHash   common.Hash      `json:"headHash"`
	HeadAge    string           `json:"headAge"`
	HeadAgeSec int64            `json:"headAgeSeconds"`
	Syncing    bool             `json:"syncing"`
	Peers      *uint64          `json:"peers"`
	Signers    []common.Address `json:"signers"`
	SignersErr string           `json:"signersError,omitempty"`
	Pending    *uint64          `json:"pendingTxs"`
	Queued     *uint64          `json:"queuedTxs"`
	BaseFee    *big.Int         `json:"baseFee"`
	Blocks     []blockRow       `json:"recentBlocks"`
}

func nodeStatus(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	g, err := cmdkit.ReadGlobals(c)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(c.Context, 30*time.Second)
	defer cancel()
	rc, ec, err := g.Dial(ctx)
	if err != nil {
		return err
	}
	defer rc.Close()
	r, err := collectStatus(ctx, rc, ec)
	if err != nil {
		return err
	}
	r.RPC = g.RPC
	if g.JSON {
		return cmdkit.PrintJSON(c.App.Writer, r)
	}
	return printStatus(c, r)
}

func collectStatus(ctx context.Context, rc *rpc.Client, ec *ethclient.Client) (*nodeStatusReport, error) {
	r := &nodeStatusReport{}
	var err error
	if r.ChainID, err = ec.ChainID(ctx); err != nil {
		return nil, fmt.Errorf("read chain ID: %w", err)
	}
	head, err := ec.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read head: %w", err)
	}
	r.Head, r.HeadHash, r.BaseFee = head.Number.Uint64(), head.Hash(), head.BaseFee
	age := time.Since(time.Unix(int64(head.Time), 0)).Truncate(time.Second)
	r.HeadAge, r.HeadAgeSec = age.String(), int64(age.Seconds())
	if sp, err := ec.SyncProgress(ctx); err == nil && sp != nil {
		r.Syncing = true
	}
	var peers hexutil.Uint64
	if err := rc.CallContext(ctx, &peers, "net_peerCount"); err == nil {
		v := uint64(peers)
		r.Peers = &v
	}
	var pool struct{ Pending, Queued hexutil.Uint64 }
	if err := rc.CallContext(ctx, &pool, "txpool_status"); err == nil {
		p, q := uint64(pool.Pending), uint64(pool.Queued)
		r.Pending, r.Queued = &p, &q
	}
	if err := rc.CallContext(ctx, &r.Signers, "clique_getSigners", nil); err != nil {
		r.SignersErr = "the clique module is not served on this endpoint (use IPC or a loopback endpoint that serves clique)"
	}
	for n := r.Head; n+recentBlocks > r.Head; n-- {
		b, err := ec.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return nil, fmt.Errorf("read block %d: %w", n, err)
		}
		row := blockRow{Number: n, Hash: b.Hash(), Txs: len(b.Transactions()), GasUsed: b.GasUsed(), Time: b.Time(), InTurn: b.Difficulty().Cmp(big.NewInt(2)) == 0}
		if n > 0 {
			row.Sealer, err = sealerOf(b.Header())
			if err != nil {
				return nil, err
			}
		}
		r.Blocks = append(r.Blocks, row)
		if n == 0 {
			break
		}
	}
	return r, nil
}

// sealerOf recovers the Clique signer of a header from its seal.
func sealerOf(h *types.Header) (common.Address, error) {
	if len(h.Extra) < crypto.SignatureLength {
		return common.Address{}, fmt.Errorf("block %d has no Clique seal", h.Number)
	}
	pub, err := crypto.SigToPub(clique.SealHash(h).Bytes(), h.Extra[len(h.Extra)-crypto.SignatureLength:])
	if err != nil {
		return common.Address{}, fmt.Errorf("recover sealer of block %d: %w", h.Number, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

func printStatus(c *cli.Context, r *nodeStatusReport) error {
	w := c.App.Writer
	opt := func(v *uint64) string {
		if v == nil {
			return "unknown (module not served)"
		}
		return fmt.Sprint(*v)
	}
	headLine := fmt.Sprintf("#%d %s, %s ago", r.Head, r.HeadHash.TerminalString(), r.HeadAge)
	if r.HeadAgeSec > 30 {
		headLine += "  ← STALE: no block for over 30s; are enough signers online and peered?"
	}
	sync := "no"
	if r.Syncing {
		sync = "yes"
	}
	if err := cmdkit.KeyValues(w,
		[2]string{"Node", r.RPC},
		[2]string{"Chain ID", r.ChainID.String()},
		[2]string{"Head", headLine},
		[2]string{"Syncing", sync},
		[2]string{"Peers", opt(r.Peers)},
		[2]string{"Tx pool", fmt.Sprintf("%s pending, %s queued", opt(r.Pending), opt(r.Queued))},
	); err != nil {
		return err
	}
	fmt.Fprintln(w)
	if r.SignersErr != "" {
		fmt.Fprintf(w, "Signers: %s\n", r.SignersErr)
	} else {
		sealed := map[common.Address]int{}
		for _, b := range r.Blocks {
			sealed[b.Sealer]++
		}
		fmt.Fprintf(w, "Signers (%d):\n", len(r.Signers))
		t := &cmdkit.Table{}
		t.Add("  ADDRESS", "SEALED (LAST BLOCKS)")
		for _, s := range r.Signers {
			t.Add("  "+s.Hex(), sealed[s])
		}
		if err := t.Write(w); err != nil {
			return err
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Recent blocks:")
	t := &cmdkit.Table{}
	t.Add("  BLOCK", "SEALER", "TURN", "TXS", "GAS USED", "AGE")
	for _, b := range r.Blocks {
		turn, sealer := "out", b.Sealer.Hex()
		if b.InTurn {
			turn = "in"
		}
		if b.Number == 0 {
			turn, sealer = "-", "(genesis)"
		}
		t.Add(fmt.Sprintf("  %d", b.Number), sealer, turn, b.Txs, b.GasUsed, time.Since(time.Unix(int64(b.Time), 0)).Truncate(time.Second))
	}
	return t.Write(w)
}
