// Small constructors for hand-written traces: a step, a harmful step, and the encodings an
// attacker asks for (computed here so the encoded value is exactly the private value read).

export const step = (name, args, result) => (result === undefined ? { call: { name, arguments: args } } : { call: { name, arguments: args }, result });
export const harm = (name, args, result) => ({ ...step(name, args, result), harmful: true });
export const attack = (task, steps, tools) => ({ label: "attack", task, ...(tools ? { tools } : {}), steps });
export const benign = (task, steps, tools) => ({ label: "benign", task, ...(tools ? { tools } : {}), steps });
export const base64 = (text) => Buffer.from(text, "utf8").toString("base64");
