package org.matcha.web.teavm;

import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.Program;
import org.teavm.model.Variable;
import org.teavm.model.instructions.BinaryInstruction;
import org.teavm.model.instructions.BinaryOperation;
import org.teavm.model.instructions.DoubleConstantInstruction;
import org.teavm.model.instructions.FloatConstantInstruction;
import org.teavm.model.instructions.NegateInstruction;
import org.teavm.model.instructions.NumericOperandType;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * A build-time TeaVM plugin (never compiled into the module): TeaVM 0.16's Wasm GC backend
 * emits Java's floating-point negation as {@code 0 - x}, which turns +0.0 into +0.0 instead of
 * -0.0 (IEEE 754 negation only flips the sign bit). So that every {@code -x} in core and in the
 * class library keeps the sign of zeros, this rewrites each double/float negation into
 * {@code x * -1.0}, which is exact for zeros and infinities. A NaN stays a NaN, but Wasm's
 * multiplication does not promise its sign, so the negation Python code sees (unary minus,
 * complex conjugates, float parsing) flips the sign bit itself: PyFloat.negate.
 * Registered in META-INF/services/org.teavm.vm.spi.TeaVMPlugin.
 */
public final class SignedZeroNegation implements TeaVMPlugin, ClassHolderTransformer {
    @Override
    public void install(TeaVMHost host) {
        host.add(this);
    }

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        for (MethodHolder method : cls.getMethods()) {
            Program program = method.getProgram();
            if (program != null) {
                rewrite(program);
            }
        }
    }

    private static void rewrite(Program program) {
        for (int b = 0; b < program.basicBlockCount(); b++) {
            BasicBlock block = program.basicBlockAt(b);
            Instruction insn = block.getFirstInstruction();
            while (insn != null) {
                Instruction next = insn.getNext();
                if (insn instanceof NegateInstruction negate && isFloating(negate.getOperandType())) {
                    Variable minusOne = program.createVariable();
                    Instruction constant;
                    if (negate.getOperandType() == NumericOperandType.DOUBLE) {
                        DoubleConstantInstruction c = new DoubleConstantInstruction();
                        c.setConstant(-1.0);
                        c.setReceiver(minusOne);
                        constant = c;
                    } else {
                        FloatConstantInstruction c = new FloatConstantInstruction();
                        c.setConstant(-1.0f);
                        c.setReceiver(minusOne);
                        constant = c;
                    }
                    constant.setLocation(negate.getLocation());
                    negate.insertPrevious(constant);
                    BinaryInstruction multiply = new BinaryInstruction(BinaryOperation.MULTIPLY, negate.getOperandType());
                    multiply.setFirstOperand(negate.getOperand());
                    multiply.setSecondOperand(minusOne);
                    multiply.setReceiver(negate.getReceiver());
                    multiply.setLocation(negate.getLocation());
                    negate.replace(multiply);
                }
                insn = next;
            }
        }
    }

    private static boolean isFloating(NumericOperandType type) {
        return type == NumericOperandType.DOUBLE || type == NumericOperandType.FLOAT;
    }
}
