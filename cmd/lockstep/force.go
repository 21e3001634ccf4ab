package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/bindings/checkpointregistry"
	"github.com/lockstep-xyz/lockstep/inbox"
	"github.com/lockstep-xyz/lockstep/internal/cliapp"
	"github.com/lockstep-xyz/lockstep/txmgr"
)

const forcePrefix = "LOCKSTEP_FORCE"

func forceEnv(name string) []string { return cliapp.EnvVar(forcePrefix, name) }

// forceCommand is `lockstep force`: queue a transaction in the L1 forced-inclusion inbox and
// report when it is soft and firm.
func forceCommand() *cli.Command {
	flags := append(append(cliapp.L1Flags(forcePrefix), cliapp.ECDSAKeyFlags(forcePrefix, "that queues the transaction (pays the inbox fee and gas)", false)...),
		&cli.Uint64Flag{Name: "rollup", Usage: "rollup ID the transaction is for (for an EVM rollup, its chain ID); required", EnvVars: forceEnv("rollup")},
		&cli.StringFlag{Name: "payload", Usage: "the transaction, 0x-hex (or give it as the argument, e.g. a raw signed transaction from cast mktx)", EnvVars: forceEnv("payload")},
		&cli.StringSliceFlag{Name: "operator-rpc", Usage: "operator API URL to watch for the transaction being ordered (soft); repeatable; none: report firm only", EnvVars: forceEnv("operator-rpc")},
		&cli.BoolFlag{Name: "no-wait", Usage: "return once queued on L1 instead of waiting until firm", EnvVars: forceEnv("no-wait")},
		cliapp.NewConfirmationsFlag(forcePrefix, 1, "L1 blocks on top before firm is reported (as lockstep follow's --confirmations)"),
		&cli.DurationFlag{Name: "timeout", Value: 15 * time.Minute, Usage: "give up waiting after this long (the transaction stays queued)", EnvVars: forceEnv("timeout")},
		cliapp.NewJSONFlag(forcePrefix),
	)
	return &cli.Command{
		Name:      "force",
		Usage:     "queue a transaction in the L1 forced-inclusion inbox; report when it is soft and firm",
		UsageText: "lockstep force --rollup ID (--payload HEX | HEX) --deployment FILE --ecdsa.keystore FILE [--ecdsa.password-file FILE] [--operator-rpc URL]",
		Description: "Sends ForcedInclusionInbox.forceInclude(rollup, payload) on L1, paying the inbox's current fee\n" +
			"(it grows with the queue not yet covered by a checkpoint). Operators must put the entry first in\n" +
			"their next block (soft within a block or two of its L1 block); if they do not order it within the\n" +
			"registry's forcedInclusionDelay (D L1 blocks), every rollup's follower makes it firm anyway at that\n" +
			"deadline, from L1 alone (docs/follower.md, \"Forced transactions\"). Prints: queued (inbox index, L1\n" +
			"block, deadline), soft (height, when an --operator-rpc orders it), firm (the checkpoint, or the\n" +
			"deadline). Exits 0 once firm.",
		Flags:  flags,
		Action: runForce,
	}
}

// forceEvent is one line of `lockstep force`'s output.
type forceEvent struct {
	Event      string       `json:"event"` // queued, soft, firm
	InboxIndex uint64       `json:"inboxIndex"`
	RollupID   uint64       `json:"rollupId"`
	TxHash     common.Hash  `json:"txHash"`
	L1Block    uint64       `json:"l1Block,omitempty"`
	Deadline   uint64       `json:"deadline,omitempty"`
	L1Tx       *common.Hash `json:"l1Tx,omitempty"`
	Fee        *hexutil.Big `json:"fee,omitempty"`
	Height     uint64       `json:"height,omitempty"`
	Index      *uint32      `json:"index,omitempty"`
	Operator   string       `json:"operator,omitempty"`
	Checkpoint uint64       `json:"checkpoint,omitempty"`
	ByL1       bool         `json:"byL1,omitempty"`
	ElapsedMs  int64        `json:"elapsedMs"` // since the command started
}

func forcePayload(c *cli.Context) ([]byte, error) {
	s := c.String("payload")
	switch {
	case s != "" && c.Args().Len() > 0:
		return nil, errors.New("give the payload either with --payload or as the argument, not both")
	case s == "" && c.Args().Len() == 1:
		s = c.Args().First()
	case c.Args().Len() > 1:
		return nil, fmt.Errorf("unexpected arguments %q: one payload at most", c.Args().Slice()[1:])
	case s == "":
		return nil, errors.New("no payload: give --payload 0x... or the transaction as the argument")
	}
	b, err := hexutil.Decode(strings.TrimSpace(s))
	if err != nil {
		return nil, fmt.Errorf("payload %q: %w (want 0x-hex)", s, err)
	}
	if len(b) == 0 {
		return nil, errors.New("payload is empty")
	}
	return b, nil
}

func runForce(c *cli.Context) error {
	log, err := cliapp.Logger(c)
	if err != nil {
		return err
	}
	if !c.IsSet("rollup") || c.Uint64("rollup") == 0 {
		return errors.New("--rollup is required (a registered rollup ID)")
	}
	payload, err := forcePayload(c)
	if err != nil {
		return err
	}
	l1, key, err := readChainTx(c, forcePrefix)
	if err != nil {
		return err
	}
	if err := l1.RequireRegistry(); err != nil {
		return err
	}
	eth, err := l1.Dial(c.Context)
	if err != nil {
		return err
	}
	defer eth.Close()
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	reg, err := checkpointregistry.NewCheckpointRegistryCaller(l1.Addresses.CheckpointRegistry, eth)
	if err != nil {
		return err
	}
	inboxAddr, err := reg.ForcedInclusionInbox(&bind.CallOpts{Context: ctx})
	if err != nil {
		return fmt.Errorf("read the CheckpointRegistry's forced-inclusion inbox at %s: %w", l1.Addresses.CheckpointRegistry, err)
	}
	if inboxAddr == (common.Address{}) {
		return fmt.Errorf("the CheckpointRegistry at %s has no forced-inclusion inbox", l1.Addresses.CheckpointRegistry)
	}
	m, err := txmgr.New(ctx, txmgr.DefaultConfig(), eth, key, log)
	if err != nil {
		return err
	}
	rollup := c.Uint64("rollup")
	start := time.Now()
	out := forcePrinter(c.Bool(cliapp.JSONFlag))
	e, r, err := inbox.Queue(ctx, m, eth, inboxAddr, rollup, payload)
	if re, ok := txmgr.AsRevert(err); ok && re.Name == "RollupNotRegistered" {
		return fmt.Errorf("rollup %d is not registered in the CheckpointRegistry", rollup)
	}
	if err != nil {
		return err
	}
	txHash := r.TxHash
	ev := forceEvent{Event: "queued", InboxIndex: e.Index, RollupID: rollup, TxHash: e.TxHash(), L1Block: e.QueuedAt, Deadline: e.Deadline, L1Tx: &txHash}
	if tx, _, err := eth.TransactionByHash(ctx, r.TxHash); err == nil {
		ev.Fee = (*hexutil.Big)(tx.Value())
	}
	out(ev, start)
	if c.Bool("no-wait") {
		return nil
	}
	return waitForced(ctx, eth, reg, e, c.StringSlice("operator-rpc"), c.Uint64(cliapp.ConfirmationsFlag), start, out)
}

// waitForced reports the entry soft (an operator's API has it) and firm (FateOf at the
// confirmed L1 block).
func waitForced(ctx context.Context, eth *ethclient.Client, reg *checkpointregistry.CheckpointRegistryCaller, e inbox.Entry, ops []string,
	confirmations uint64, start time.Time, out func(forceEvent, time.Time)) error {
	var clients []*operatorapi.Client
	for _, u := range ops {
		cl, err := operatorapi.Dial(ctx, u)
		if err != nil {
			return fmt.Errorf("--operator-rpc %s: %w", u, err)
		}
		defer cl.Close()
		clients = append(clients, cl)
	}
	soft := len(clients) == 0
	var checked common.Hash // the L1 head FateOf last read at
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		if !soft {
			for i, cl := range clients {
				res, err := cl.GetTx(ctx, e.TxHash())
				if err != nil || res.RollupID != e.RollupID {
					continue
				}
				idx := res.Index
				out(forceEvent{Event: "soft", InboxIndex: e.Index, RollupID: e.RollupID, TxHash: e.TxHash(), Height: res.Height, Index: &idx, Operator: ops[i]}, start)
				soft = true
				break
			}
		}
		head, err := eth.HeaderByNumber(ctx, nil)
		if err == nil && head.Number.Uint64() >= confirmations && head.Hash() != checked {
			// L1 decides only with a new block: read the registry once per head.
			n := head.Number.Uint64() - confirmations
			if b, err := eth.HeaderByNumber(ctx, new(big.Int).SetUint64(n)); err == nil {
				fate, err := inbox.FateOf(ctx, reg, n, b.Hash(), e)
				if err == nil {
					checked = head.Hash()
				}
				if err == nil && fate.Decided {
					out(forceEvent{Event: "firm", InboxIndex: e.Index, RollupID: e.RollupID, TxHash: e.TxHash(), Checkpoint: fate.Checkpoint, L1Block: fate.L1Block,
						Deadline: fate.Deadline, ByL1: fate.ByL1}, start)
					return nil
				}
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("inbox entry %d is not firm yet (it stays queued): %w", e.Index, ctx.Err())
		case <-t.C:
		}
	}
}

// forcePrinter prints events as text or JSON lines.
func forcePrinter(asJSON bool) func(forceEvent, time.Time) {
	enc := json.NewEncoder(os.Stdout)
	return func(ev forceEvent, start time.Time) {
		ev.ElapsedMs = time.Since(start).Milliseconds()
		if asJSON {
			_ = enc.Encode(ev)
			return
		}
		el := time.Since(start).Round(time.Millisecond)
		switch ev.Event {
		case "queued":
			fmt.Printf("queued: inbox entry %d for rollup %d in L1 block %d (tx %s); firm by L1 block %d at the latest; transaction %s (%s)\n",
				ev.InboxIndex, ev.RollupID, ev.L1Block, ev.L1Tx, ev.Deadline, ev.TxHash, el)
		case "soft":
			fmt.Printf("soft: ordered at height %d, index %d in rollup %d's batch (operator %s) (%s)\n", ev.Height, *ev.Index, ev.RollupID, ev.Operator, el)
		case "firm":
			if ev.ByL1 {
				fmt.Printf("firm: from L1 at its deadline, block %d: Lockstep did not order it in time (%s)\n", ev.Deadline, el)
			} else {
				fmt.Printf("firm: in checkpoint %d, stored in L1 block %d (%s)\n", ev.Checkpoint, ev.L1Block, el)
			}
		}
	}
}
