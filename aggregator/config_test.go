package aggregator

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/aggregator/internal/aggtest"
)

func validConfig() Config {
	c := DefaultConfig()
	c.DataDir, c.ChainID = "/data", aggtest.ChainID
	for i, a := range []*common.Address{&c.Addresses.RegistryCoordinator, &c.Addresses.OperatorStateRetriever, &c.Addresses.BLSApkRegistry,
		&c.Addresses.SocketRegistry, &c.Addresses.CheckpointRegistry, &c.Addresses.EquivocationSlasher} {
		*a = common.BytesToAddress([]byte{byte(i + 1)})
	}
	return c
}

// Zero is a value, not "the default": no reference lag and no linger reach the parts as given.
func TestZeroReachesTheService(t *testing.T) {
	c := validConfig()
	c.ReferenceLag, c.Linger = 0, 0
	if err := c.Check(); err != nil {
		t.Fatalf("reference lag 0, linger 0: %v", err)
	}
	if got := c.submitConfig(10).ReferenceLag; got != 0 {
		t.Fatalf("submission pipeline's reference lag %d, want 0", got)
	}
	if got := c.collectConfig(6667).Linger; got != 0 {
		t.Fatalf("collector's linger %s, want 0", got)
	}
}

func TestConfigCheckNamesField(t *testing.T) {
	d := DefaultConfig()
	if err := d.Check(); err == nil || !strings.Contains(err.Error(), "DataDir") {
		t.Fatalf("DefaultConfig without a data dir: %v", err)
	}
	for field, mut := range map[string]func(*Config){
		"ListenAddr":      func(c *Config) { c.ListenAddr = "" },
		"ChainID":         func(c *Config) { c.ChainID = 0 },
		"MaxRequestBytes": func(c *Config) { c.MaxRequestBytes = 0 },
		"RateBurst":       func(c *Config) { c.RateBurst = 0 },
		"PollInterval":    func(c *Config) { c.PollInterval = 0 },
		"Retain":          func(c *Config) { c.Retain = 0 },
		"MaxAhead":        func(c *Config) { c.MaxAhead = 0 },
		"MaxInFlight":     func(c *Config) { c.TxMgr.MaxInFlight = 0 },
		"equivocationSlasher": func(c *Config) {
			c.Addresses.EquivocationSlasher = common.Address{}
		},
	} {
		c := validConfig()
		mut(&c)
		if err := c.Check(); err == nil || !strings.Contains(err.Error(), field) {
			t.Errorf("%s: Check said %v", field, err)
		}
	}
	c := validConfig()
	if err := c.Check(); err != nil {
		t.Fatal(err)
	}
}
