/**
 * Redthread: generated from model/plan.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.model.plan;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Funding Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see no.redthread.model.plan.PlanPackage#getFundingStatus()
 * @model
 * @generated
 */
public enum FundingStatus implements Enumerator {
	/**
	 * The '<em><b>UNFUNDED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNFUNDED_VALUE
	 * @generated
	 * @ordered
	 */
	UNFUNDED(0, "UNFUNDED", "UNFUNDED"),

	/**
	 * The '<em><b>PARTLY FUNDED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTLY_FUNDED_VALUE
	 * @generated
	 * @ordered
	 */
	PARTLY_FUNDED(1, "PARTLY_FUNDED", "PARTLY_FUNDED"),

	/**
	 * The '<em><b>FUNDED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNDED_VALUE
	 * @generated
	 * @ordered
	 */
	FUNDED(2, "FUNDED", "FUNDED"),

	/**
	 * The '<em><b>EXTERNAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Funded from outside the municipality's budget (ekstern finansiering): grants and subsidies the municipality applies for; no budget line is expected.
	 * <!-- end-model-doc -->
	 * @see #EXTERNAL_VALUE
	 * @generated
	 * @ordered
	 */
	EXTERNAL(3, "EXTERNAL", "EXTERNAL");

	/**
	 * The '<em><b>UNFUNDED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNFUNDED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNFUNDED_VALUE = 0;

	/**
	 * The '<em><b>PARTLY FUNDED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTLY_FUNDED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARTLY_FUNDED_VALUE = 1;

	/**
	 * The '<em><b>FUNDED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNDED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FUNDED_VALUE = 2;

	/**
	 * The '<em><b>EXTERNAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Funded from outside the municipality's budget (ekstern finansiering): grants and subsidies the municipality applies for; no budget line is expected.
	 * <!-- end-model-doc -->
	 * @see #EXTERNAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXTERNAL_VALUE = 3;

	/**
	 * An array of all the '<em><b>Funding Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FundingStatus[] VALUES_ARRAY =
		new FundingStatus[] {
			UNFUNDED,
			PARTLY_FUNDED,
			FUNDED,
			EXTERNAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Funding Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FundingStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Funding Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FundingStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FundingStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Funding Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FundingStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FundingStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Funding Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FundingStatus get(int value) {
		switch (value) {
			case UNFUNDED_VALUE: return UNFUNDED;
			case PARTLY_FUNDED_VALUE: return PARTLY_FUNDED;
			case FUNDED_VALUE: return FUNDED;
			case EXTERNAL_VALUE: return EXTERNAL;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private FundingStatus(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //FundingStatus
