package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/avs"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/inbox"
	"github.com/lockstep-xyz/lockstep/internal/cliapp"
	"github.com/lockstep-xyz/lockstep/internal/netem"
	"github.com/lockstep-xyz/lockstep/operator/socket"
	"github.com/lockstep-xyz/lockstep/system"
	"github.com/lockstep-xyz/lockstep/txmgr"
)

func devnetCommand() *cli.Command {
	return &cli.Command{
		Name:  "devnet",
		Usage: "run the whole system locally: anvil with EigenLayer and Lockstep's contracts, the operator nodes, the aggregator and a rollup node per rollup",
		Description: "Starts anvil on a free 127.0.0.1 port, deploys EigenLayer core and middleware from their Go\n" +
			"bindings' bytecode and Lockstep's CheckpointRegistry and EquivocationSlasher, registers the\n" +
			"operators (ECDSA and BLS keys derived from --seed, stake, allocation, BLS proof of\n" +
			"possession) and the demo rollups, writes the deployment to <data-dir>/deployment.json, then\n" +
			"starts one `lockstep operator run` process per operator (homes <data-dir>/op<i>, logs\n" +
			"<data-dir>/op<i>.log), a `lockstep aggregator run` process (<data-dir>/aggregator.log) and a\n" +
			"`lockstep rollup run` node per rollup (an EVM chain executing its ordering; <data-dir>/rollup<id>-<i>.log),\n" +
			"sends demo traffic (signed transfers and atomic cross-rollup bundles; not with --no-traffic)\n" +
			"and prints progress until Ctrl-C, which stops every\n" +
			"process. Anvil's state is not kept between runs, so the node homes and the aggregator's data\n" +
			"start empty every run; their pids are in <data-dir>/pids. The nodes and the aggregator run the\n" +
			"lockstep binary next to lockstep-dev (--lockstep-bin); a --byzantine operator runs its faults\n" +
			"build, lockstep-faulty (--lockstep-faulty-bin), both built by make build.",
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "operators", Value: anvil.DefaultOperators, Usage: "number of operators to register", EnvVars: []string{"LOCKSTEP_DEVNET_OPERATORS"}},
			&cli.DurationFlag{Name: "block-time", Value: time.Second, Usage: "anvil block interval; 0 mines a block per transaction", EnvVars: []string{"LOCKSTEP_DEVNET_BLOCK_TIME"}},
			&cli.StringFlag{Name: "data-dir", Value: ".devnet", Usage: "folder for deployment.json and logs", EnvVars: []string{"LOCKSTEP_DEVNET_DATA_DIR"}},
			&cli.BoolFlag{Name: "reset", Usage: "wipe --data-dir before starting", EnvVars: []string{"LOCKSTEP_DEVNET_RESET"}},
			&cli.StringFlag{Name: "rollups", Value: "901,902", Usage: "comma-separated rollup IDs (EVM chain IDs) to register", EnvVars: []string{"LOCKSTEP_DEVNET_ROLLUPS"}},
			&cli.StringFlag{Name: "seed", Value: anvil.DefaultSeed, Usage: "seed the operators' keys are derived from (same seed, same keys)", EnvVars: []string{"LOCKSTEP_DEVNET_SEED"}},
			&cli.IntFlag{Name: "byzantine", Value: -1, Usage: "demo: operator `I` (0-based) signs conflicting checkpoints, so you can watch the aggregator prove it and EigenLayer slash and eject it (-1: none)", EnvVars: []string{"LOCKSTEP_DEVNET_BYZANTINE"}},
			&cli.BoolFlag{Name: "no-traffic", Usage: "do not send demo transactions", EnvVars: []string{"LOCKSTEP_DEVNET_NO_TRAFFIC"}},
			&cli.Uint64Flag{Name: "checkpoint-interval", Value: 10, Usage: "K: a checkpoint every K heights", EnvVars: []string{"LOCKSTEP_DEVNET_CHECKPOINT_INTERVAL"}},
			&cli.IntFlag{Name: "aggregator-max-in-flight", Usage: "the aggregator's --max-in-flight: checkpoint submissions waiting for L1 blocks at once (0: its default)", EnvVars: []string{"LOCKSTEP_DEVNET_AGGREGATOR_MAX_IN_FLIGHT"}},
			&cli.Uint64Flag{Name: "chain-id", Value: anvil.DefaultChainID, Usage: "L1 chain ID", EnvVars: []string{"LOCKSTEP_DEVNET_CHAIN_ID"}},
			lockstepBinFlag("LOCKSTEP_DEVNET_LOCKSTEP_BIN"),
			&cli.StringFlag{Name: "lockstep-faulty-bin", Usage: "the faults build of lockstep (go build -tags lockstep_faults) the --byzantine operator runs (default: lockstep-faulty next to lockstep-dev)", EnvVars: []string{"LOCKSTEP_DEVNET_LOCKSTEP_FAULTY_BIN"}},
		},
		Subcommands: []*cli.Command{devnetCtlCommand()},
		Action:      cliapp.LifecycleCmd(newDevnet),
	}
}

// newDevnet reads the flags into the devnet service; LifecycleCmd starts it, stops it on Ctrl-C
// and fails the command when fail is called (a child process exited).
func newDevnet(c *cli.Context, fail context.CancelCauseFunc) (cliapp.Lifecycle, error) {
	log, err := newLogger(c)
	if err != nil {
		return nil, err
	}
	d, err := readDevnet(c)
	if err != nil {
		return nil, err
	}
	d.log, d.fail, d.cfg.Logger = log, fail, log
	// A process that dies does not take the devnet down: the rest goes on (with one of four
	// operators down, ordering and checkpoints continue), and `devnet ctl start` brings it back.
	d.cfg.OnExit = func(name string, err error) {
		fmt.Printf("DOWN %s exited (%v); the others go on. Its log: %s.log in the data folder; start it again with: lockstep-dev devnet ctl --data-dir %s start %s\n",
			name, err, name, d.cfg.Dir, name)
	}
	return d, nil
}

// readDevnet reads the flags into the devnet's settings and the system it runs.
func readDevnet(c *cli.Context) (*devnet, error) {
	n := c.Int("operators")
	if n < 1 || n > 200 {
		return nil, fmt.Errorf("--operators %d: want 1 to 200", n)
	}
	if c.Duration("block-time") < 0 {
		return nil, fmt.Errorf("--block-time must not be negative")
	}
	byzantine := c.Int("byzantine")
	if byzantine < -1 || byzantine >= n {
		return nil, fmt.Errorf("--byzantine %d: want an operator index from 0 to %d, or -1 for none", byzantine, n-1)
	}
	interval := c.Uint64("checkpoint-interval")
	if interval < 1 {
		return nil, fmt.Errorf("--checkpoint-interval must be at least 1")
	}
	rollups, err := parseRollups(c.String("rollups"))
	if err != nil {
		return nil, err
	}
	bin, err := lockstepBinary(c)
	if err != nil {
		return nil, err
	}
	var faultyBin string
	if byzantine >= 0 {
		if faultyBin, err = findBinary(c, "lockstep-faulty-bin", faultyBinName, "`go build -tags lockstep_faults -o <path> ./cmd/lockstep`"); err != nil {
			return nil, fmt.Errorf("--byzantine: %w", err)
		}
	}
	dir, err := filepath.Abs(c.String("data-dir"))
	if err != nil {
		return nil, fmt.Errorf("--data-dir: %w", err)
	}
	if c.Bool("reset") {
		if err := os.RemoveAll(dir); err != nil {
			return nil, fmt.Errorf("--reset: %w", err)
		}
	}
	var aggArgs []string
	if n := c.Int("aggregator-max-in-flight"); n > 0 {
		aggArgs = append(aggArgs, "--max-in-flight", strconv.Itoa(n))
	}
	return &devnet{
		byzantine: byzantine,
		traffic:   !c.Bool("no-traffic"),
		cfg: system.Config{
			Lockstep:           bin,
			Faulty:             faultyBin,
			Dir:                dir,
			Operators:          n,
			BlockTime:          c.Duration("block-time"),
			ChainID:            c.Uint64("chain-id"),
			Rollups:            rollups,
			CheckpointInterval: interval,
			Seed:               c.String("seed"),
			Node: func(i int) system.NodeConfig {
				if i == byzantine {
					return system.NodeConfig{Faulty: true, Args: []string{"--fault", "equivocate"}} // a byzantine operator is a separate build
				}
				return system.NodeConfig{}
			},
			Aggregator:  &system.AggregatorConfig{Args: aggArgs},
			RollupNodes: devnetRollupNodes(rollups, n, byzantine),
			BLSPassword: devnetBLSPassword,
			StopTimeout: childStopTimeout,
		},
	}, nil
}

// devnetBLSPassword encrypts the devnet operators' BLS keystores; the keys are derived from
// --seed anyway, so it protects nothing.
const devnetBLSPassword = "devnet"

// childStopTimeout is how long a child gets to exit after SIGTERM before it is killed.
const childStopTimeout = 10 * time.Second

// maxPartitionableOperators is the most operators whose devnet runs its links through an
// emulated network (n·(n-1) p2p proxies, each on a port of its own); a larger one runs them
// directly and `ctl partition` refuses.
const maxPartitionableOperators = 16

// devnet is the system plus what the command adds to it: the printed summary, demo traffic and
// the progress lines, goroutines it owns.
type devnet struct {
	cfg       system.Config
	log       *slog.Logger
	fail      context.CancelCauseFunc
	byzantine int
	traffic   bool

	sys     *system.System
	ctl     *ctlServer
	cancel  context.CancelFunc
	wg      sync.WaitGroup
	stopped atomic.Bool
}

func (d *devnet) Start(ctx context.Context) error {
	start := time.Now()
	// The links between the processes run through an emulated network, so that `devnet ctl
	// partition` can cut a process off while it runs: one proxy per directed link, so not for
	// a large devnet.
	if d.cfg.Operators <= maxPartitionableOperators {
		d.cfg.Net = netem.New(d.log)
	}
	sys, err := system.Start(ctx, d.cfg)
	if err != nil {
		if d.cfg.Net != nil {
			_ = d.cfg.Net.Close()
		}
		return fmt.Errorf("start devnet: %w", err)
	}
	d.sys = sys
	if err := os.WriteFile(filepath.Join(d.cfg.Dir, "pids"), []byte(sys.Pids()), 0o644); err != nil {
		return fmt.Errorf("write pids: %w", err)
	}
	if d.ctl, err = startCtl(sys, d.cfg.Net, d.cfg.Dir, d.log); err != nil {
		return err
	}
	printDevnet(sys, time.Since(start))
	if d.byzantine >= 0 {
		fmt.Printf("op%d is byzantine (--byzantine): it signs conflicting checkpoints and will be slashed.\n\n", d.byzantine)
	}
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	d.cancel = cancel
	if d.traffic && len(d.cfg.Rollups) > 0 {
		d.wg.Add(1)
		go func() { // owned: Stop cancels and waits
			defer d.wg.Done()
			sendDemoTraffic(runCtx, d.log, sys)
		}()
		d.wg.Add(1)
		go func() { // owned: Stop cancels and waits
			defer d.wg.Done()
			sendDemoForced(runCtx, d.log, sys, d.cfg.Rollups[0].ID)
		}()
	}
	d.wg.Add(1)
	go func() { // owned: Stop cancels and waits
		defer d.wg.Done()
		if err := watchDevnet(runCtx, d.log, sys); err != nil {
			d.fail(err)
		}
	}()
	return nil
}

// Stop ends the traffic and the progress, then the system: the children before anvil.
func (d *devnet) Stop(ctx context.Context) error {
	if d.stopped.Swap(true) {
		return nil
	}
	if d.cancel != nil {
		d.cancel()
	}
	d.wg.Wait()
	if d.ctl != nil {
		if err := d.ctl.stop(ctx); err != nil {
			d.log.Warn("control socket", "err", err)
		}
	}
	if d.sys == nil {
		return nil
	}
	fmt.Println("\nstopping devnet")
	err := d.sys.Stop(ctx)
	if d.cfg.Net != nil {
		_ = d.cfg.Net.Close() // after the processes: a link closed first would look like a partition
	}
	if err != nil {
		return fmt.Errorf("stop devnet: %w", err)
	}
	return nil
}

func (d *devnet) Stopped() bool { return d.stopped.Load() }

// demoForcedEvery is how often the demo traffic queues a transaction in the L1 inbox.
const demoForcedEvery = time.Minute

// sendDemoForced queues a transaction for rollup in the forced-inclusion inbox on L1 a few
// seconds after the start and then every demoForcedEvery, from anvil account 5 on L1 (a transfer
// signed by the same account on the rollup), until ctx ends.
func sendDemoForced(ctx context.Context, log *slog.Logger, sys *system.System, rollup uint64) {
	log = log.With("component", "traffic")
	key, err := deployment.DevKey(5)
	if err != nil {
		log.Warn("no demo forced transactions", "err", err)
		return
	}
	m, err := txmgr.New(ctx, txmgr.DefaultConfig(), sys.Devnet.Client, key, log)
	if err != nil {
		log.Warn("no demo forced transactions", "err", err)
		return
	}
	wait := 5 * time.Second
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
		wait = demoForcedEvery
		callCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
		payload, err := demoForcedTx(callCtx, sys, rollup, i)
		if err == nil {
			_, _, err = inbox.Queue(callCtx, m, sys.Devnet.Client, sys.Devnet.Deployment.Contracts.ForcedInclusionInbox, rollup, payload)
		}
		cancel()
		if err != nil && ctx.Err() == nil {
			log.Warn("demo forced transaction", "err", err)
		}
	}
}

// watchDevnet prints progress every few seconds until ctx ends: the
// sequencing height and rate (from the first operator that answers), the latest checkpoint on L1, and the operator set
// and its stake as L1 has them now, with a line for every equivocation slashed on L1.
func watchDevnet(ctx context.Context, log *slog.Logger, sys *system.System) error {
	dn, deployment := sys.Devnet, sys.DeploymentPath
	b, err := dn.Deployment.Bindings(dn.Client)
	if err != nil {
		return fmt.Errorf("bind the deployment: %w", err)
	}
	addrs, _, err := avs.LoadAddresses(deployment)
	if err != nil {
		return err
	}
	reader, err := avs.NewReader(dn.Client, addrs)
	if err != nil {
		return err
	}
	names := make(map[common.Address]string, len(dn.Deployment.Operators))
	for i, op := range dn.Deployment.Operators {
		names[op.Address] = fmt.Sprintf("op%d", i)
	}
	sockets := socketWatch{}
	const every = 3 * time.Second
	tick := time.NewTicker(every)
	defer tick.Stop()
	var lastHeight, scanned uint64
	slashed := 0
	var forcedSeen uint64 // inbox entries already printed
	lastAt := time.Now()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
		}
		callCtx, cancel := context.WithTimeout(ctx, 2*time.Second)
		var st operatorapi.Status
		height, rate := "?", "?"
		// The first operator that answers (any may be down or paused: devnet ctl).
		var node *operatorapi.Client
		var s *operatorapi.Status
		err := errors.New("no operator answers")
		for _, n := range sys.Nodes {
			if !n.Alive() || n.Paused() {
				continue
			}
			if s, err = n.Status(callCtx); err == nil {
				node, _ = n.Client(callCtx)
				break
			}
		}
		if err == nil {
			st = *s
			height = strconv.FormatUint(st.Height, 10)
			if lastHeight > 0 && st.Height > lastHeight {
				rate = fmt.Sprintf("%.1f", float64(txsSince(callCtx, node, lastHeight, st.Height))/time.Since(lastAt).Seconds())
			} else if lastHeight > 0 {
				rate = "0.0"
			}
			lastHeight, lastAt = st.Height, time.Now()
		} else if ctx.Err() == nil {
			log.Debug("operator status", "err", err)
		}
		checkpoint := "none"
		opts := &bind.CallOpts{Context: callCtx}
		if num, err := b.CheckpointRegistry.LatestCheckpointNumber(opts); err == nil && num > 0 {
			checkpoint = strconv.FormatUint(num, 10)
			if cp, err := b.CheckpointRegistry.GetCheckpoint(opts, num); err == nil {
				checkpoint = fmt.Sprintf("%d (heights %d-%d, L1 block %d)", num, cp.StartHeight, cp.EndHeight, cp.L1Block)
			}
		}
		l1, operators := "?", "?"
		if head, err := dn.Client.BlockNumber(callCtx); err == nil {
			l1 = strconv.FormatUint(head, 10)
			if ops, err := reader.OperatorsAt(callCtx, head); err == nil {
				sockets.observe(ops, names)
				var stake big.Int
				for _, op := range ops {
					stake.Add(&stake, op.Stake)
				}
				operators = fmt.Sprintf("%d (stake %s)", len(ops), formatEther(&stake))
			}
			if head > scanned {
				it, err := b.EquivocationSlasher.FilterEquivocationSlashed(&bind.FilterOpts{Start: scanned + 1, End: &head, Context: callCtx}, nil, nil)
				if err == nil {
					for it.Next() {
						ev := it.Event
						slashed++
						fmt.Printf("SLASHED %s (%s): conflicting signatures on checkpoint %d, %s of its allocation slashed, ejected %v (L1 block %d)\n",
							names[ev.Operator], ev.Operator, ev.Number, formatWad(ev.WadToSlash), ev.Ejected, ev.Raw.BlockNumber)
					}
					if it.Error() == nil {
						scanned = head
					}
					it.Close()
				}
			}
		}
		forced := "?"
		if queued, err := b.ForcedInclusionInbox.Count(opts); err == nil {
			for ; forcedSeen < queued; forcedSeen++ {
				if e, err := b.ForcedInclusionInbox.Entry(opts, forcedSeen); err == nil {
					fmt.Printf("FORCED inbox entry %d for rollup %d queued in L1 block %d: operators must order it now; firm from L1 alone at block %d otherwise\n",
						forcedSeen, e.RollupId, e.L1Block, e.Deadline)
				}
			}
			if settled, err := b.CheckpointRegistry.LatestForcedCount(opts); err == nil {
				forced = fmt.Sprintf("%d queued, %d in checkpoints", queued, settled)
			}
		}
		rollups := rollupProgress(callCtx, sys)
		cancel()
		fmt.Printf("height %s  txs/s %s  checkpoint %s  L1 head %s  operators %s  validators %d  slashed %d  forced %s%s  %s\n",
			height, rate, checkpoint, l1, operators, st.Validators, slashed, forced, rollups, processStates(sys))
	}
}

// socketWatch prints an operator's endpoints when its socket on L1 changes (update-socket).
type socketWatch map[common.Address]string

func (w socketWatch) observe(ops []avs.Operator, names map[common.Address]string) {
	for _, op := range ops {
		prev, seen := w[op.Address]
		w[op.Address] = op.Socket
		if !seen || prev == op.Socket {
			continue
		}
		name := names[op.Address]
		if name == "" {
			name = op.Address.Hex()
		}
		if s, err := socket.Parse(op.Socket); err == nil {
			fmt.Printf("SOCKET %s updated on L1: api %s, p2p %s\n", name, s.RPCURL, s.PeerAddress())
		} else {
			fmt.Printf("SOCKET %s updated on L1: %q (not a Lockstep socket: %v)\n", name, op.Socket, err)
		}
	}
}

// txsSince counts the transactions in heights (from, to], reading at most the last 50 blocks
// (bounded work per tick) and scaling up when it skipped some.
func txsSince(ctx context.Context, node *operatorapi.Client, from, to uint64) uint64 {
	first := from + 1
	if to-from > 50 {
		first = to - 49
	}
	var txs uint64
	for h := first; h <= to; h++ {
		if blk, err := node.GetBlock(ctx, h); err == nil {
			txs += blk.TxCount
		}
	}
	return txs * (to - from) / (to - first + 1)
}

// formatWad renders a 1e18-based fraction as a percentage.
func formatWad(wad *big.Int) string {
	if wad == nil {
		return "?"
	}
	f := new(big.Float).Quo(new(big.Float).SetInt(wad), big.NewFloat(1e16))
	return f.Text('f', 1) + "%"
}

func parseRollups(s string) ([]deployment.Rollup, error) {
	var out []deployment.Rollup
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		id, err := strconv.ParseUint(f, 10, 64)
		if err != nil || id == 0 {
			return nil, fmt.Errorf("--rollups: %q is not a rollup ID (a positive integer)", f)
		}
		out = append(out, deployment.Rollup{ID: id, Metadata: fmt.Sprintf(`{"name":"devnet rollup %d"}`, id)})
	}
	return out, nil
}

// forceAccount is the anvil account the printed `lockstep force` example pays from.
const forceAccount = 5

func printDevnet(sys *system.System, took time.Duration) {
	dn, nodes, aggURL, path, dir := sys.Devnet, sys.Nodes, sys.AggregatorURL(), sys.DeploymentPath, sys.Dir()
	d := dn.Deployment
	fmt.Printf("\nLockstep devnet up in %s\n\n", took.Round(time.Millisecond))
	fmt.Printf("  L1 RPC              %s (chain ID %d)\n", dn.Node.RPCURL(), dn.Node.ChainID())
	fmt.Printf("  CheckpointRegistry  %s\n", d.Contracts.CheckpointRegistry)
	fmt.Printf("  EquivocationSlasher %s\n", d.Contracts.EquivocationSlasher)
	fmt.Printf("  aggregator          %s\n", aggURL)
	fmt.Printf("  deployment          %s\n", path)
	fmt.Printf("  data and logs       %s (anvil.log, aggregator.log, op<i>.log, node homes op<i>/, pids)\n\n", dir)
	w := tabwriter.NewWriter(os.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(w, "  NODE\tAPI (JSON-RPC/WS)\tOPERATOR\tOPERATOR ID\tSTAKE")
	for i, op := range d.Operators {
		fmt.Fprintf(w, "  op%d\t%s\t%s\t%x…\t%s\n", i, nodes[i].APIURL(), op.Address, op.OperatorID[:6], formatEther(op.Stake.ToInt()))
	}
	w.Flush()
	fmt.Printf("\nSend a signed transaction for rollup (chain ID) %s:\n", rollupIDs(d))
	fmt.Printf("  cast publish --async --rpc-url %s <signed tx hex>\n", nodes[0].APIURL())
	if len(d.Rollups) > 0 && len(nodes) > 1 {
		fmt.Printf("Follow a rollup's ordered transactions, verified (soft, then firm on L1):\n")
		fmt.Printf("  lockstep follow --rollup %d --deployment %s --operator-rpc %s --operator-rpc %s\n", d.Rollups[0].ID, path, nodes[0].APIURL(), nodes[1].APIURL())
		fmt.Printf("Force a transaction in through L1, whatever the operators do (ForcedInclusionInbox %s):\n", d.Contracts.ForcedInclusionInbox)
		// Anvil account 5 pays, from a keystore as an operator's own key would be.
		if ks, pw, err := sys.L1Keystore(forceAccount); err == nil {
			fmt.Printf("  lockstep force --rollup %d --deployment %s --ecdsa.keystore %s --ecdsa.password-file %s --operator-rpc %s <signed tx hex>\n",
				d.Rollups[0].ID, path, ks, pw, nodes[0].APIURL())
		} else {
			fmt.Printf("  (no keystore for lockstep force: %v)\n", err)
		}
	}
	printRollupNodes(sys)
	fmt.Printf("\nStop, kill, start, pause, resume or partition a process while the devnet runs (the others go on):\n")
	fmt.Printf("  lockstep-dev devnet ctl --data-dir %s kill op2      (then: start op2, or status)\n", dir)
	if sys.Net() != nil {
		fmt.Printf("  lockstep-dev devnet ctl --data-dir %s partition op2 (then: heal)\n", dir)
	}
	fmt.Println("\nCtrl-C stops everything.")
}

func rollupIDs(d *deployment.Deployment) string {
	var ids []string
	for _, r := range d.Rollups {
		ids = append(ids, strconv.FormatUint(r.ID, 10))
	}
	return strings.Join(ids, " or ")
}

func formatEther(wei *big.Int) string {
	if wei == nil {
		return "?"
	}
	f := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(1e18))
	return f.Text('f', 2)
}
