// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

// The OpenZeppelin 4.9.6 proxy contracts the AVS deployment puts its upgradeable contracts behind
// (the middleware and LockstepServiceManager). Importing them here makes forge build them, so their
// Go bindings (bindings/proxyadmin, bindings/transparentupgradeableproxy) carry bytecode and the
// deploy command needs no artifacts at run time.
import {ProxyAdmin} from "@openzeppelin/contracts/proxy/transparent/ProxyAdmin.sol";
import {TransparentUpgradeableProxy} from "@openzeppelin/contracts/proxy/transparent/TransparentUpgradeableProxy.sol";
