namespace Rampart.Secrets.GitSecrets.Posix;

/// <summary>One step of the compiled automaton (a Thompson NFA in array form).</summary>
public readonly record struct Instruction(Opcode Op, ByteSet? Bytes = null, int X = 0, int Y = 0, AssertKind Assert = default);

/// <summary>What an <see cref="Instruction"/> does.</summary>
public enum Opcode
{
    /// <summary>Consume one byte in <see cref="Instruction.Bytes"/>, go to the next instruction.</summary>
    Byte,

    /// <summary>Continue at both <see cref="Instruction.X"/> and <see cref="Instruction.Y"/>.</summary>
    Split,

    /// <summary>Continue at <see cref="Instruction.X"/>.</summary>
    Jump,

    /// <summary>Continue only when <see cref="Instruction.Assert"/> holds here.</summary>
    Assert,

    /// <summary>A match ends here.</summary>
    Match,
}
