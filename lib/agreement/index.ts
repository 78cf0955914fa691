export * from "./agreement";
export * from "./alpha";
export * from "./kappa";
export * from "./reading";
export * from "./spans";
export * from "./units";
