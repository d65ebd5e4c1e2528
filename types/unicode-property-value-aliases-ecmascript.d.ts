/** The package ships no types: a map from each Unicode property to its value aliases and their canonical names. */
declare module 'unicode-property-value-aliases-ecmascript' {
  const aliases: ReadonlyMap<string, ReadonlyMap<string, string>>
  export default aliases
}
