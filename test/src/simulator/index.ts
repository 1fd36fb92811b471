export { PRINTER_SCOPE, type PrinterIdentity } from './device-code-client.ts';
export {
  AREAS,
  CAPTURES_DIR,
  PATHS,
  type SimPrinter,
  type SimPrinterConfig,
  type SimPrinterState,
  type Simulator,
  type SimulatorOptions,
  startSimulator,
} from './server.ts';
