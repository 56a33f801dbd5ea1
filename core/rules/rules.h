#pragma once

// Factories of every rule; catalogue.cpp lists them in the order of RULES.md.
#include "rule.h"

#include <memory>

namespace EdgeShift::rules {

std::unique_ptr<Rule> bindsToMounts();
std::unique_ptr<Rule> shareSubfolder();
std::unique_ptr<Rule> bindFile();
std::unique_ptr<Rule> volumeNameCollision();
std::unique_ptr<Rule> exposeHostPort();
std::unique_ptr<Rule> tcpUdpMix();
std::unique_ptr<Rule> reservedPorts();
std::unique_ptr<Rule> hostNetwork();
std::unique_ptr<Rule> modulePortReference();
std::unique_ptr<Rule> clusterOnlyService();
std::unique_ptr<Rule> fpgaToGpu();
std::unique_ptr<Rule> deviceBindings();
std::unique_ptr<Rule> fpgaImage();
std::unique_ptr<Rule> dockerGpu();
std::unique_ptr<Rule> wireserverEnv();
std::unique_ptr<Rule> resourceLimits();
std::unique_ptr<Rule> hostIpc();
std::unique_ptr<Rule> noProxy();
std::unique_ptr<Rule> upstreamProtocol();
std::unique_ptr<Rule> recreateStrategy();
std::unique_ptr<Rule> moduleName();
std::unique_ptr<Rule> unsupportedOption();
std::unique_ptr<Rule> unknownK8sOption();
std::unique_ptr<Rule> envValueEquals();
std::unique_ptr<Rule> envColon();
std::unique_ptr<Rule> backoffNote();

// Sets k8s-experimental.resources.limits["nvidia.com/gpu"], in place of the FPGA's.
void requestGpuLimit(Json &options, int count);

// Sets the HostPort of the first binding of a port, creating the binding when there is none; or,
// with `instead`, of the first binding on that host port. Returns whether a binding changed.
bool setHostPort(Json &hostConfig, const std::string &port, const std::string &hostPort, int instead = 0);

} // namespace EdgeShift::rules
