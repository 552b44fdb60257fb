namespace Rampart.Secrets.GitSecrets.Posix;

/// <summary>Compiles a <see cref="RegexNode"/> into <see cref="Instruction"/>s; intervals are unrolled.</summary>
public static class ProgramCompiler
{
    /// <summary>Programs beyond this many instructions are refused as "too big".</summary>
    public const int MaxInstructions = 1 << 20;

    /// <summary>The program for <paramref name="node"/>, or null when it would be too big.</summary>
    public static Instruction[]? Compile(RegexNode node)
    {
        var code = new List<Instruction>();
        if (!Emit(node, code))
        {
            return null;
        }

        code.Add(new Instruction(Opcode.Match));
        return [.. code];
    }

    private static bool Emit(RegexNode node, List<Instruction> code)
    {
        if (code.Count > MaxInstructions)
        {
            return false;
        }

        switch (node)
        {
            case SetNode set:
                code.Add(new Instruction(Opcode.Byte, set.Bytes));
                return true;
            case EmptyNode:
                return true;
            case AssertNode assert:
                code.Add(new Instruction(Opcode.Assert, Assert: assert.Kind));
                return true;
            case ConcatNode concat:
                return concat.Parts.All(part => Emit(part, code));
            case AlternationNode alternation:
                return EmitAlternation(alternation.Branches, 0, code);
            case RepeatNode repeat:
                return EmitRepeat(repeat, code);
            default:
                throw new InvalidOperationException($"unknown node {node.GetType().Name}");
        }
    }

    private static bool EmitAlternation(IReadOnlyList<RegexNode> branches, int index, List<Instruction> code)
    {
        if (index == branches.Count - 1)
        {
            return Emit(branches[index], code);
        }

        var split = code.Count;
        code.Add(default);
        if (!Emit(branches[index], code))
        {
            return false;
        }

        var jump = code.Count;
        code.Add(default);
        var second = code.Count;
        if (!EmitAlternation(branches, index + 1, code))
        {
            return false;
        }

        code[split] = new Instruction(Opcode.Split, X: split + 1, Y: second);
        code[jump] = new Instruction(Opcode.Jump, X: code.Count);
        return true;
    }

    private static bool EmitRepeat(RepeatNode repeat, List<Instruction> code)
    {
        for (var i = 0; i < repeat.Min; i++)
        {
            if (!Emit(repeat.Body, code))
            {
                return false;
            }
        }

        if (repeat.Max == -1)
        {
            var loop = code.Count;
            code.Add(default);
            if (!Emit(repeat.Body, code))
            {
                return false;
            }

            code.Add(new Instruction(Opcode.Jump, X: loop));
            code[loop] = new Instruction(Opcode.Split, X: loop + 1, Y: code.Count);
            return true;
        }

        var splits = new List<int>();
        for (var i = repeat.Min; i < repeat.Max; i++)
        {
            splits.Add(code.Count);
            code.Add(default);
            if (!Emit(repeat.Body, code))
            {
                return false;
            }
        }

        foreach (var split in splits)
        {
            code[split] = new Instruction(Opcode.Split, X: split + 1, Y: code.Count);
        }

        return true;
    }
}
