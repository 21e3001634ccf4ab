package system

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/cliapp"
	"github.com/lockstep-xyz/lockstep/internal/proc"
)

// LaunchConfig brings L1 up as Lockstep launches on a real EigenLayer network instead of the
// devnet's all-in-one deployment: only the EigenLayer core is deployed (with a non-zero
// allocation configuration delay, as on mainnet), `lockstep avs deploy` deploys the AVS onto it
// from the core's file, governance admits the rollups with `lockstep rollup register`, each
// operator takes the EigenLayer steps as eigenlayer-cli does (register as an EigenLayer
// operator, deposit, wait for its allocation delay to apply, allocate, wait for the allocation)
// and joins with `lockstep operator register`.
type LaunchConfig struct {
	// AllocationConfigurationDelay is the core's ALLOCATION_CONFIGURATION_DELAY in blocks
	// (mainnet: 126,000; anvil mines about 230 blocks a second, so tests take less).
	AllocationConfigurationDelay uint32
	// DeallocationDelay is the core's DEALLOCATION_DELAY in blocks (mainnet: 100,800).
	DeallocationDelay uint32
	// AllocationDelay is each operator's own allocation delay in blocks.
	AllocationDelay uint32
}

// Launch reports what the launch did that a test checks.
type Launch struct {
	// CorePath is the core's deployment file `lockstep avs deploy` read.
	CorePath string
	// EarlyRegister is what `lockstep operator register` answered operator 0 after its
	// EigenLayer registration, before it allocated (a refusal naming the missing step).
	EarlyRegister string
	// Deployer is the key file (keystore, password file) of the account that deployed the AVS
	// and governs it.
	DeployerKeystore, PasswordFile string
	// OperatorKeystores are the operators' ECDSA keystores, by node index.
	OperatorKeystores []string
}

// launchL1 is startL1 for Config.Launch.
func (s *System) launchL1(ctx context.Context) error {
	lc := s.cfg.Launch
	log := s.log
	// Deploy and register on automine (fast), then switch to interval mining.
	node, err := anvil.StartNode(ctx, anvil.NodeConfig{ChainID: s.cfg.ChainID, LogPath: filepath.Join(s.cfg.Dir, "anvil.log"), Logger: s.cfg.Logger})
	if err != nil {
		return err
	}
	dn := &anvil.Devnet{Node: node, Client: node.Client()}
	s.Devnet = dn
	core, err := anvil.DeployCore(ctx, node.Client(), anvil.CoreConfig{
		AllocationConfigurationDelay: lc.AllocationConfigurationDelay, DeallocationDelay: lc.DeallocationDelay, Logger: s.cfg.Logger,
	})
	if err != nil {
		return fmt.Errorf("deploy the EigenLayer core: %w", err)
	}
	s.Launch.CorePath = filepath.Join(s.cfg.Dir, "core.json")
	if err := deployment.WriteCore(s.Launch.CorePath, core); err != nil {
		return err
	}
	keys := filepath.Join(s.cfg.Dir, "keys")
	// Anvil's account 0 deployed the core (it mints the devnet stake token); the AVS's deployer
	// and governance is account 2, so that nothing of the AVS leans on the core's deployer.
	const governance = 2
	if s.Launch.DeployerKeystore, s.Launch.PasswordFile, err = WriteDevKeystore(keys, governance, s.cfg.BLSPassword); err != nil {
		return err
	}
	gov, err := deployment.DevKey(governance)
	if err != nil {
		return err
	}
	s.DeploymentPath = filepath.Join(s.cfg.Dir, "deployment.json")
	govKey := KeyArgs(s.Launch.DeployerKeystore, s.Launch.PasswordFile)
	run := func(what string, args ...string) (string, error) {
		out, err := proc.Run(ctx, s.cfg.Lockstep, args)
		if err != nil {
			return "", fmt.Errorf("%s: %w", what, err)
		}
		return out, nil
	}
	args := append([]string{"avs", "deploy", "--core", s.Launch.CorePath, "--l1.rpc", node.RPCURL(), "--out", s.DeploymentPath,
		"--metadata-uri", "https://lockstep.invalid/launch/avs.json"}, govKey...)
	for _, st := range core.Addresses.Strategies {
		args = append(args, "--strategy", st.Strategy.Hex())
	}
	if _, err := run("lockstep avs deploy", args...); err != nil {
		return err
	}
	for _, r := range s.cfg.Rollups {
		owner := r.Owner
		if owner == ([20]byte{}) {
			owner = crypto.PubkeyToAddress(gov.PublicKey)
		}
		if _, err := run("lockstep rollup register", append([]string{"rollup", "register", "--id", strconv.FormatUint(r.ID, 10), "--owner", owner.Hex(),
			"--metadata", r.Metadata, "--deployment", s.DeploymentPath, "--l1.rpc", node.RPCURL()}, govKey...)...); err != nil {
			return err
		}
	}
	d, err := deployment.LoadDeployment(s.DeploymentPath)
	if err != nil {
		return err
	}
	d.RPCURL, d.WSURL = node.RPCURL(), node.WSURL()
	dn.Deployment = d

	// The EigenLayer side of every operator; the first allocation waits out the configuration
	// delay for all of them.
	seed := s.cfg.Seed
	if seed == "" {
		seed = anvil.DefaultSeed
	}
	ops := make([]anvil.EigenLayerOperator, len(s.Nodes))
	s.Launch.OperatorKeystores = make([]string, len(s.Nodes))
	for i, n := range s.Nodes {
		ek, bk := anvil.OperatorKeys(seed, i)
		ops[i] = anvil.EigenLayerOperator{Key: ek, AllocationDelay: lc.AllocationDelay}
		if err := anvil.RegisterEigenLayerOperator(ctx, node.RPC(), d, ops[i]); err != nil {
			return err
		}
		s.Launch.OperatorKeystores[i] = filepath.Join(keys, n.name+".ecdsa.json")
		if err := cliapp.WriteECDSAKeystore(s.Launch.OperatorKeystores[i], ek, s.cfg.BLSPassword, cliapp.LightScrypt); err != nil {
			return err
		}
		n.ECDSAKeystore = s.Launch.OperatorKeystores[i]
		if err := s.writeKeystore(n, &deployment.Operator{BLSKey: bk}); err != nil {
			return err
		}
	}
	register := func(n *Node) (string, error) {
		return run("lockstep operator register", append([]string{"operator", "register", "--home", n.Home, "--deployment", s.DeploymentPath, "--l1.rpc", node.RPCURL(),
			"--confirmations", "0", "--p2p.external", n.P2PAddr, "--api.url", n.APIURL(),
			"--bls.keystore", n.Keystore, "--bls.password-file", s.Launch.PasswordFile}, KeyArgs(s.Launch.OperatorKeystores[n.Index], s.Launch.PasswordFile)...)...)
	}
	if len(s.Nodes) > 0 {
		_, err := register(s.Nodes[0])
		if err == nil {
			return errors.New("lockstep operator register accepted an operator that had not allocated")
		}
		s.Launch.EarlyRegister = err.Error()
	}
	for i, n := range s.Nodes {
		if err := anvil.Allocate(ctx, node.RPC(), d, ops[i]); err != nil {
			return err
		}
		if _, err := register(n); err != nil {
			return err
		}
		ek, bk := anvil.OperatorKeys(seed, i)
		op, err := d.RegisteredOperator(ctx, node.Client(), crypto.PubkeyToAddress(ek.PublicKey), bk, n.Socket, 0)
		if err != nil {
			return err
		}
		op.ECDSAKey = ek
		n.Operator = op
	}
	if s.cfg.BlockTime > 0 {
		if err := node.SetBlockTime(ctx, s.cfg.BlockTime); err != nil {
			return err
		}
	}
	log.Info("launched onto an existing EigenLayer core", "operators", len(s.Nodes), "allocationConfigurationDelay", lc.AllocationConfigurationDelay)
	return nil
}
